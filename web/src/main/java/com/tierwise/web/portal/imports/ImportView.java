package com.tierwise.web.portal.imports;

import com.tierwise.customer.CustomerService;
import com.tierwise.customer.csv.ColumnMapping;
import com.tierwise.customer.csv.CustomerCsvReader;
import com.tierwise.customer.csv.CustomerField;
import com.tierwise.customer.csv.FileHeader;
import com.tierwise.customer.csv.ImportPreview;
import com.tierwise.customer.csv.MappingSuggestion;
import com.tierwise.customer.imports.ImportMappings;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.customer.imports.ImportResult;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.event.FileUploadEvent;

/**
 * The import wizard: upload a CSV and name its source, map the file's columns to our fields,
 * preview the first rows with every problem of the whole file, then import all or nothing. The
 * mapping is remembered per source when an import goes through. For ADMIN and CX_ANALYST, as
 * POST /customers/import.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ImportView.class.getName());

  /** The largest upload, also the page's sizeLimit and web.xml's multipart max-file-size. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  static final int PREVIEW_ROWS = 10;
  static final int LISTED_ERRORS = 1000;
  private static final int SOURCES_OFFERED = 50;

  /** The wizard's steps, in order. */
  public enum Step {
    UPLOAD,
    MAP,
    PREVIEW,
    DONE
  }

  @EJB private CustomerService customers;

  private Step step = Step.UPLOAD;
  private String source;
  private StoredUpload upload;
  private List<String> columns = List.of();
  private List<FieldChoice> choices = List.of();
  private boolean restored;
  private PreviewTable preview;
  private ImportResult result;
  private long importMillis;

  @PostConstruct
  public void init() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.IMPORT_CUSTOMERS)) {
      // web.xml already refuses other roles; this keeps the bean safe if the page moves.
      try {
        faces.getExternalContext().responseSendError(403, PortalMessages.text(faces, "error.403.heading"));
        faces.responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Step 1: the file arrives (ajax, on selection); only its header row is read now. */
  public void upload(FileUploadEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    discardFile();
    if (event.getFile().getSize() > MAX_BYTES) {
      error(faces, "import.upload.tooLarge", PortalMessages.text(faces, "import.upload.tooLarge.detail", MAX_BYTES / (1024 * 1024)));
      return;
    }
    try {
      StoredUpload stored = StoredUpload.store(event.getFile().getInputStream(), event.getFile().getFileName());
      FileHeader header;
      try (InputStream in = stored.open()) {
        header = CustomerCsvReader.header(in);
      }
      if (header.problemIfAny().isPresent()) {
        stored.delete();
        error(faces, "import.upload.unreadable",
            PortalMessages.text(faces, "common.serverSays", header.problem().message()));
        return;
      }
      upload = stored;
      columns = header.columns().stream().filter(column -> !column.isBlank()).distinct().toList();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not store an uploaded import file", e);
      error(faces, "import.upload.failed", null);
    }
  }

  public List<String> completeSource(String query) {
    String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return customers.importSources(SOURCES_OFFERED).stream()
        .filter(name -> name.toLowerCase(Locale.ROOT).contains(wanted))
        .toList();
  }

  /** Step 1 to 2: the mapping, pre-filled from the source's saved mapping or standard names. */
  public void toMapping() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (upload == null || !upload.exists()) {
      error(faces, "import.file.required", null);
      return;
    }
    source = source == null ? null : source.strip();
    if (source == null || source.isEmpty() || source.length() > ImportMappings.MAX_SOURCE_LENGTH) {
      error(faces, "import.source.invalid", PortalMessages.text(faces, "import.source.invalid.detail", ImportMappings.MAX_SOURCE_LENGTH));
      faces.validationFailed();
      return;
    }
    Optional<ColumnMapping> saved = customers.savedMapping(source);
    restored = saved.isPresent();
    choices = FieldChoice.of(MappingSuggestion.suggest(columns, saved));
    step = Step.MAP;
  }

  /** Step 2 to 3: the whole file read through the mapping; nothing is stored. */
  public void toPreview() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ColumnMapping mapping = FieldChoice.mapping(choices);
    List<CustomerField> missing = mapping.unmappedRequiredFields();
    if (!missing.isEmpty()) {
      for (CustomerField field : missing) {
        error(faces, "import.map.required",
            PortalMessages.text(faces, "import.map.required.detail", PortalMessages.text(faces, "import.field." + field.column())));
      }
      faces.validationFailed();
      return;
    }
    if (!fileStillThere(faces)) {
      return;
    }
    try (InputStream in = upload.open()) {
      ImportPreview read = new CustomerCsvReader(mapping).preview(in, PREVIEW_ROWS);
      preview = PreviewTable.of(read, LISTED_ERRORS);
      step = Step.PREVIEW;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Step 3 to 4: all or nothing, through the same import as the REST API; the mapping is saved. */
  public void importFile() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!PortalRoles.hasAny(faces.getExternalContext(), PortalRoles.IMPORT_CUSTOMERS)
        || preview == null || !preview.isImportable() || !fileStillThere(faces)) {
      error(faces, "import.notImportable", null);
      return;
    }
    long started = System.nanoTime();
    try (InputStream in = upload.open()) {
      result = customers.importMapped(
          in, FieldChoice.mapping(choices), source, upload.fileName(), upload.size(),
          faces.getExternalContext().getRemoteUser());
      importMillis = (System.nanoTime() - started) / 1_000_000;
      discardFile();
      step = Step.DONE;
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "import.done", result.created(), result.updated()),
          PortalMessages.text(faces, "import.done.detail", source));
    } catch (ImportRejectedException refused) {
      // Ids repeated in the file are only found by the database, during the import itself.
      preview = preview.refused(refused.errors(), refused.errorCount(), LISTED_ERRORS);
      error(faces, "import.refused", PortalMessages.text(faces, "import.refused.detail", refused.errorCount()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void back() {
    step = step == Step.PREVIEW ? Step.MAP : Step.UPLOAD;
  }

  /** Another file: back to the first step, keeping the source name. */
  public void restart() {
    discardFile();
    columns = List.of();
    choices = List.of();
    preview = null;
    result = null;
    restored = false;
    step = Step.UPLOAD;
  }

  /** The view ends (navigation, session end): the uploaded file goes with it. */
  @PreDestroy
  public void discardFile() {
    if (upload != null) {
      upload.delete();
      upload = null;
    }
  }

  private boolean fileStillThere(FacesContext faces) {
    if (upload == null || !upload.exists()) {
      error(faces, "import.file.gone", null);
      restart();
      return false;
    }
    return true;
  }

  private static void error(FacesContext faces, String key, String detail) {
    PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, key), detail);
  }

  public Step getStep() {
    return step;
  }

  /** 1-based, for "Step 2 of 4". */
  public int getStepNumber() {
    return step.ordinal() + 1;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public boolean isUploaded() {
    return upload != null;
  }

  public String getFileName() {
    return upload == null ? null : upload.fileName();
  }

  public long getFileSize() {
    return upload == null ? 0 : upload.size();
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<FieldChoice> getChoices() {
    return choices;
  }

  /** Whether the mapping was pre-filled from the source's saved mapping. */
  public boolean isRestored() {
    return restored;
  }

  public PreviewTable getPreview() {
    return preview;
  }

  public ImportResult getResult() {
    return result;
  }

  public long getImportMillis() {
    return importMillis;
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }

  public int getPreviewRows() {
    return PREVIEW_ROWS;
  }
}
