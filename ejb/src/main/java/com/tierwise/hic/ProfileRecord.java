package com.tierwise.hic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.Audited;

/**
 * The stored row of an {@link HicProfile} and its dedicated team, written through JPA so that
 * Hibernate Envers audits every save (hic_profile_aud, hic_team_member_aud).
 */
@Entity
@Table(name = "hic_profile")
@Audited
public class ProfileRecord {

  /** One named member of the dedicated team, in the order the profile lists them. */
  @Embeddable
  public static class TeamMemberRow {

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "team_role", nullable = false)
    private String role;

    @Column(name = "contact")
    private String contact;

    protected TeamMemberRow() {}

    TeamMemberRow(HicProfile.TeamMember member) {
      this.name = member.name().trim();
      this.role = member.role().trim();
      this.contact = blankToNull(member.contact());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof TeamMemberRow that
          && Objects.equals(name, that.name) && Objects.equals(role, that.role) && Objects.equals(contact, that.contact);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, role, contact);
    }
  }

  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "demanding")
  private String demanding;

  @Column(name = "differentiated")
  private String differentiated;

  @Column(name = "direct_line")
  private String directLine;

  @Column(name = "delivered")
  private String delivered;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "hic_team_member", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "position")
  private List<TeamMemberRow> team = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ProfileRecord() {}

  static ProfileRecord created(long customerId) {
    ProfileRecord record = new ProfileRecord();
    record.customerId = customerId;
    return record;
  }

  void write(HicProfile profile, String by, Instant at) {
    demanding = blankToNull(profile.demanding());
    differentiated = blankToNull(profile.differentiated());
    directLine = blankToNull(profile.directLine());
    delivered = blankToNull(profile.delivered());
    updatedBy = by;
    updatedAt = at;
    List<TeamMemberRow> rows = profile.team().stream().map(TeamMemberRow::new).toList();
    if (!rows.equals(team)) {
      team.clear();
      team.addAll(rows);
    }
  }

  public Long getCustomerId() {
    return customerId;
  }

  public long getVersion() {
    return version;
  }

  public Map<String, Object> auditedFields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("demanding", demanding);
    fields.put("differentiated", differentiated);
    List<Map<String, Object>> members = new ArrayList<>();
    for (TeamMemberRow row : team) {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("name", row.name);
      member.put("role", row.role);
      member.put("contact", row.contact);
      members.add(member);
    }
    fields.put("team", members);
    fields.put("directLine", directLine);
    fields.put("delivered", delivered);
    return fields;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
