package com.tierwise.charter;

import com.tierwise.platform.RefusedException.Kind;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the experience charter with its cells and signatures. The rules of its life are
 * here: a draft is edited until the first signature; it takes effect when the CCBMX and the CCSX
 * have both signed the same content, and never by one person signing twice. A change of an
 * effective version is a new draft copied from it.
 */
public final class CharterVersion implements Serializable {

  /** Who gave up on a version that was being agreed, when and why. */
  public record Abandonment(String by, Instant at, String reason) implements Serializable {}

  public static final int MAX_REASON = 1000;

  private final int number;
  private CharterStatus status;
  private final Integer basedOn;
  private int revision;
  private final String createdBy;
  private final Instant createdAt;
  private Instant effectiveAt;
  private final boolean seeded;
  private List<CharterCell> cells;
  private final List<CharterSignature> signatures;
  private Abandonment abandonment;

  public CharterVersion(
      int number, CharterStatus status, Integer basedOn, int revision, String createdBy, Instant createdAt,
      Instant effectiveAt, boolean seeded, List<CharterCell> cells, List<CharterSignature> signatures) {
    this.number = number;
    this.status = status;
    this.basedOn = basedOn;
    this.revision = revision;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.effectiveAt = effectiveAt;
    this.seeded = seeded;
    this.cells = cells.stream().sorted(CharterCell.MATRIX_ORDER).toList();
    this.signatures = new ArrayList<>(signatures);
  }

  /** A new draft with the cells of {@code from} (or none), numbered after the latest version. */
  public static CharterVersion draftFrom(Optional<CharterVersion> from, int number, String user, Instant now) {
    return new CharterVersion(
        number, CharterStatus.DRAFT, from.map(CharterVersion::number).orElse(null), 0, user, now, null, false,
        from.map(CharterVersion::cells).orElse(List.of()), List.of());
  }

  /** Replaces the cells of a draft; refused once anyone has signed (the signature covers the content). */
  public void replaceCells(List<CharterCell> newCells) throws CharterRefusedException {
    if (status != CharterStatus.DRAFT) {
      throw CharterRefusedException.conflict(
          "Version " + number + " is " + status + ": only a draft nobody has signed yet can be edited;"
              + " create a new draft (POST /charter/versions) to change it");
    }
    cells = newCells.stream().sorted(CharterCell.MATRIX_ORDER).toList();
    revision++;
  }

  /**
   * Gives up on a version still being agreed (a draft, or one signed by one executive only), so a
   * new draft can start; the reason is kept with it. An effective version is replaced by signing a
   * new one, never abandoned.
   */
  public void abandon(String user, String reason, Instant now) throws CharterRefusedException {
    if (!status.open()) {
      throw CharterRefusedException.conflict(
          "Version " + number + " is " + status + ": only a version still being agreed can be abandoned");
    }
    if (reason == null || reason.isBlank()) {
      throw new CharterRefusedException(Kind.INVALID, "reason is required: say why the version is abandoned");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new CharterRefusedException(Kind.INVALID, "reason must be at most " + MAX_REASON + " characters");
    }
    status = CharterStatus.ABANDONED;
    abandonment = new Abandonment(user, now, reason.strip());
  }

  /** As stored: set by the repository when reading an abandoned version. */
  void restoreAbandonment(Abandonment stored) {
    this.abandonment = stored;
  }

  /** Who abandoned this version, when and why; empty unless ABANDONED. */
  public Optional<Abandonment> abandonment() {
    return Optional.ofNullable(abandonment);
  }

  /**
   * Signs the version for one role.
   *
   * @param signer who signs
   * @param heldRoles the experience roles the signer holds
   * @param role the role they sign for; may be empty when they hold exactly one
   * @param seenRevision the revision the signer read: a signature of content that changed since is refused
   * @return true when this signature made the version effective
   */
  public boolean sign(
      String signer, Set<ExperienceOwner> heldRoles, Optional<ExperienceOwner> role, int seenRevision, Instant now)
      throws CharterRefusedException {
    ExperienceOwner as = signingRole(heldRoles, role);
    if (!status.open()) {
      throw CharterRefusedException.conflict("Version " + number + " is " + status + " and cannot be signed any more");
    }
    if (seenRevision != revision) {
      throw CharterRefusedException.conflict(
          "Version " + number + " changed since you read it (revision " + seenRevision + ", now " + revision
              + "): read it again before signing");
    }
    for (CharterSignature signature : signatures) {
      if (signature.role() == as) {
        throw CharterRefusedException.conflict(
            "Version " + number + " is already signed for " + as + " by " + signature.signedBy());
      }
      if (signature.signedBy().equals(signer)) {
        throw new CharterRefusedException(
            Kind.FORBIDDEN,
            signer + " already signed version " + number + " as " + signature.role()
                + "; the other executive must sign for " + as);
      }
    }
    signatures.add(new CharterSignature(as, signer, now, contentHash()));
    if (signatures.size() == ExperienceOwner.values().length) {
      status = CharterStatus.EFFECTIVE;
      effectiveAt = now;
      return true;
    }
    status = CharterStatus.PARTLY_SIGNED;
    return false;
  }

  private static ExperienceOwner signingRole(Set<ExperienceOwner> held, Optional<ExperienceOwner> role)
      throws CharterRefusedException {
    if (held.isEmpty()) {
      throw new CharterRefusedException(Kind.FORBIDDEN, "Only the CCBMX and the CCSX sign the charter");
    }
    if (role.isPresent()) {
      if (!held.contains(role.get())) {
        throw new CharterRefusedException(Kind.FORBIDDEN, "You do not hold the role " + role.get() + " and cannot sign for it");
      }
      return role.get();
    }
    if (held.size() > 1) {
      throw new CharterRefusedException(
          Kind.INVALID, "You hold both CCBMX and CCSX: say which role you sign for (\"role\")");
    }
    return held.iterator().next();
  }

  /** The version a newer one replaced when it took effect. */
  public void supersede() {
    if (status != CharterStatus.EFFECTIVE) {
      throw new IllegalStateException("Only the effective version is superseded, not a " + status + " one");
    }
    status = CharterStatus.SUPERSEDED;
  }

  /** SHA-256 over the cells in matrix order: what a signature vouches for. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (CharterCell cell : cells) {
        String line =
            String.join(
                "\u001f", cell.stage().name(), cell.segment().name(), cell.desiredExperience(), cell.owner().name(),
                cell.metric().name(), cell.target().stripTrailingZeros().toPlainString());
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public Optional<CharterSignature> signature(ExperienceOwner role) {
    return signatures.stream().filter(s -> s.role() == role).findFirst();
  }

  public Optional<CharterCell> cell(LifecycleStage stage, Segment segment) {
    return cells.stream().filter(c -> c.stage() == stage && c.segment() == segment).findFirst();
  }

  public int number() {
    return number;
  }

  public CharterStatus status() {
    return status;
  }

  public Integer basedOn() {
    return basedOn;
  }

  public int revision() {
    return revision;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant effectiveAt() {
    return effectiveAt;
  }

  public boolean seeded() {
    return seeded;
  }

  public List<CharterCell> cells() {
    return cells;
  }

  public List<CharterSignature> signatures() {
    return List.copyOf(signatures);
  }
}
