package com.tierwise.web.portal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An uploaded file kept in a temporary file (owner-only on POSIX) between the wizard's steps, so
 * that neither the view state nor the session holds its bytes; a million-row file is 126 MB.
 * Serializable as its path only.
 */
final class StoredUpload implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(StoredUpload.class.getName());

  private final String path;
  private final String fileName;
  private final long size;

  private StoredUpload(String path, String fileName, long size) {
    this.path = path;
    this.fileName = fileName;
    this.size = size;
  }

  /** Copies the upload to a new temporary file; the caller must {@link #delete()} it. */
  static StoredUpload store(InputStream content, String fileName) throws IOException {
    Path file = Files.createTempFile("tierwise-import-", ".csv");
    try (content) {
      long size = Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      return new StoredUpload(file.toString(), fileName, size);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  InputStream open() {
    try {
      return Files.newInputStream(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Never throws: a file that cannot be deleted is logged and left to the temp directory's cleaning. */
  void delete() {
    try {
      Files.deleteIfExists(Path.of(path));
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the uploaded import file {0}: {1}", new Object[] {path, e});
    }
  }

  boolean exists() {
    return Files.exists(Path.of(path));
  }

  String fileName() {
    return fileName;
  }

  long size() {
    return size;
  }
}
