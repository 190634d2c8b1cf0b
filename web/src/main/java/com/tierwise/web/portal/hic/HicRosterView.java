package com.tierwise.web.portal.hic;

import com.tierwise.hic.HicService;
import com.tierwise.hic.Membership;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The roster of high-impact customers, soonest re-review first. */
@Named
@ViewScoped
public class HicRosterView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LIMIT = 1000;

  @EJB private HicService hic;

  private List<Membership> members;
  private long total;

  @PostConstruct
  public void init() {
    members = hic.memberships(false, LIMIT, 0);
    total = hic.countMemberships(false);
  }

  public boolean due(Membership member) {
    return member.reviewDue(LocalDate.now(ZoneOffset.UTC));
  }

  public List<Membership> getMembers() {
    return members;
  }

  public long getTotal() {
    return total;
  }
}
