# Cross-compiling for 64-bit Arm Linux with Debian's cross toolchain and multiarch
# libraries (crossbuild-essential-arm64, libicu-dev:arm64, libfmt-dev:arm64); the tests
# run under qemu-user. Used by ./run.sh arm64.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# Libraries and packages from /usr/lib/aarch64-linux-gnu; header-only Eigen and Catch2
# from the host's /usr/include and /usr/share.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64-static)
