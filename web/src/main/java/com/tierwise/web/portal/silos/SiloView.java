package com.tierwise.web.portal.silos;

import com.tierwise.security.Role;
import com.tierwise.silo.Agreement;
import com.tierwise.silo.KappaStrength;
import com.tierwise.silo.SiloImportRejectedException;
import com.tierwise.silo.SiloReport;
import com.tierwise.silo.SiloService;
import com.tierwise.web.portal.shell.PortalMessages;
import com.tierwise.web.portal.shell.PortalRoles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * Silo consistency (DOMAIN.md, step 1 of building the hierarchy): how sales, marketing and service
 * each segment customers, how far they agree with each other and with the computed tiers, and
 * the customers they disagree on most. Uploading a segmentation is for the roles of
 * POST /silos/segmentations.
 */
@Named
@ViewScoped
public class SiloView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final Set<Role> UPLOAD = EnumSet.of(Role.ADMIN, Role.CX_ANALYST);
  static final int DISAGREEMENTS = 50;
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /** One cell row of an agreement matrix: rater A's label and the counts against each of B's labels. */
  public record MatrixRow(String label, List<Long> counts, int diagonal) implements Serializable {}

  /** One pair of raters, ready to show. */
  public record Pair(
      String raterA, String raterB, boolean againstTiers, int customers, double observed, double expected,
      Double kappa, KappaStrength strength, List<String> labels, List<MatrixRow> matrix) implements Serializable {}

  /** A customer and what each rater calls them, in the order of {@link #getRaters()}. */
  public record Disputed(String externalId, String name, int distinctLabels, List<String> labels) implements Serializable {}

  /** A bad line of an uploaded file. */
  public record LineError(long line, String column, String message) implements Serializable {}

  @EJB private SiloService silos;

  private List<String> departments = List.of();
  private List<Long> departmentCounts = List.of();
  private List<Pair> pairs = List.of();
  private List<String> raters = List.of();
  private List<Disputed> disputed = List.of();
  private List<LineError> errors = List.of();

  @PostConstruct
  public void init() {
    load();
  }

  private void load() {
    SiloReport report = silos.report(DISAGREEMENTS);
    departments = List.copyOf(report.departments().keySet());
    departmentCounts = departments.stream().map(report.departments()::get).toList();
    pairs = report.agreements().stream().map(SiloView::pair).toList();
    raters = new ArrayList<>(departments);
    raters.add(SiloReport.COMPUTED_TIER);
    disputed =
        report.disagreements().stream()
            .map(d -> new Disputed(d.externalId(), d.name(), d.distinctLabels(),
                raters.stream().map(rater -> d.labels().getOrDefault(rater, "")).toList()))
            .toList();
  }

  private static Pair pair(Agreement agreement) {
    List<MatrixRow> rows = new ArrayList<>();
    for (int i = 0; i < agreement.labels().size(); i++) {
      List<Long> counts = new ArrayList<>();
      for (long count : agreement.matrix()[i]) {
        counts.add(count);
      }
      rows.add(new MatrixRow(agreement.labels().get(i), List.copyOf(counts), i));
    }
    return new Pair(
        agreement.raterA(), agreement.raterB(), SiloReport.COMPUTED_TIER.equals(agreement.raterB()),
        agreement.customers(), agreement.observed(), agreement.expected(), agreement.kappa(),
        KappaStrength.of(agreement.kappa()), agreement.labels(), List.copyOf(rows));
  }

  public void upload(FileUploadEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    errors = List.of();
    if (!canUpload()) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "silo.upload.forbidden"), null);
      return;
    }
    if (event.getFile().getSize() > MAX_BYTES) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "silo.upload.tooLarge", MAX_BYTES / (1024 * 1024)), null);
      return;
    }
    try (InputStream in = event.getFile().getInputStream()) {
      Map<String, Long> imported = silos.importCsv(in, faces.getExternalContext().getRemoteUser());
      String summary =
          imported.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
      PortalMessages.add(faces, FacesMessage.SEVERITY_INFO,
          PortalMessages.text(faces, "silo.upload.done", event.getFile().getFileName()), summary);
      load();
    } catch (SiloImportRejectedException rejected) {
      errors = rejected.errors().stream().map(e -> new LineError(e.line(), e.column(), e.message())).toList();
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR,
          PortalMessages.text(faces, "silo.upload.rejected", event.getFile().getFileName(), errors.size()), null);
    } catch (IOException e) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "silo.upload.failed"), null);
    }
  }

  public boolean canUpload() {
    return PortalRoles.hasAny(FacesContext.getCurrentInstance().getExternalContext(), UPLOAD);
  }

  public long getMaxBytes() {
    return MAX_BYTES;
  }

  public List<String> getDepartments() {
    return departments;
  }

  public List<Long> getDepartmentCounts() {
    return departmentCounts;
  }

  public List<Pair> getPairs() {
    return pairs;
  }

  /** The departments, then the computed tier. */
  public List<String> getRaters() {
    return raters;
  }

  public List<Disputed> getDisputed() {
    return disputed;
  }

  public List<LineError> getErrors() {
    return errors;
  }

  public boolean isNoSegmentations() {
    return departments.isEmpty();
  }
}
