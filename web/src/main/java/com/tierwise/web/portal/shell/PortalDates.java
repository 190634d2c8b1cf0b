package com.tierwise.web.portal.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;

/**
 * {@code #{portalDates.date(x)}}: an {@link Instant} as the {@link Date} that f:convertDateTime
 * formats (it refuses an Instant with a 500, which once broke the HIC roster), for every page.
 */
@Named
@ApplicationScoped
public class PortalDates {

  public Date date(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
