package com.tierwise.web.portal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredUploadTest {

  @Test
  void theUploadIsKeptInATemporaryFileUntilDeleted() throws IOException {
    StoredUpload upload =
        StoredUpload.store(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)), "x.csv");

    assertTrue(upload.exists());
    assertEquals(8, upload.size());
    assertEquals("x.csv", upload.fileName());
    try (InputStream in = upload.open()) {
      assertEquals("a,b\n1,2\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    upload.delete();
    assertFalse(upload.exists());
    upload.delete(); // twice is harmless
  }
}
