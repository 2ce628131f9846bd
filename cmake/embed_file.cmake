# Writes a C++ source defining the bytes of INPUT as `NAME` (a std::string_view function
# in namespace smsfilter), 16-byte aligned so the bytes can be used in place. A missing
# INPUT gives an empty string.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cc -DNAME=function -P embed_file.cmake
set(hex "")
if(EXISTS "${INPUT}")
  file(READ "${INPUT}" hex HEX)
endif()
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}" "// Generated from ${INPUT} by cmake/embed_file.cmake. Do not edit.
#include <string_view>

namespace smsfilter {
namespace {
alignas(16) const unsigned char kBytes[] = {
${bytes}0};
}  // namespace

std::string_view ${NAME}() {
  return {reinterpret_cast<const char*>(kBytes), sizeof kBytes - 1};
}

}  // namespace smsfilter
")
