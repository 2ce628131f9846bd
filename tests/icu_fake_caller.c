/* Calls one ICU function the NDK exposes and one it does not (transliteration), so that
 * the icu_ndk_symbols_catch test can check that icu_symbols_check.sh tells them apart. */
#include <unicode/unorm2.h>
#include <unicode/utrans.h>

int32_t icu_fake_caller(const UChar *text, int32_t length, UChar *out, int32_t capacity) {
  UErrorCode error = U_ZERO_ERROR;
  UTransliterator *latin = utrans_openU(u"Han-Latin", -1, UTRANS_FORWARD, NULL, 0, NULL, &error);
  utrans_close(latin);
  return unorm2_normalize(unorm2_getNFKCCasefoldInstance(&error), text, length, out, capacity,
                          &error);
}
