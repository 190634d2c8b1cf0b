package com.tierwise.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every language has every text, and the translations are not English copies. */
class BundlesTest {

  private static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (InputStream in =
        BundlesTest.class.getResourceAsStream("/com/tierwise/web/i18n/messages_" + language + ".properties")) {
      texts.load(in);
    }
    return texts;
  }

  @Test
  void everyLanguageHasEveryKeyTranslated() throws IOException {
    Properties english = bundle("en");
    for (String language : new String[] {"tr", "ar", "fa"}) {
      Properties translated = bundle(language);
      // Language names (locale.*) are written in their own script once, in the English bundle.
      TreeSet<String> expected = new TreeSet<>(english.stringPropertyNames());
      expected.removeIf(key -> key.startsWith("locale."));
      assertEquals(expected, new TreeSet<>(translated.stringPropertyNames()), language);
      assertNotEquals(english.getProperty("login.failed"), translated.getProperty("login.failed"), language);
    }
    assertEquals("Giriş başarısız", bundle("tr").getProperty("login.failed").substring(0, 15));
  }
}
