package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerFilter;
import com.tierwise.tiering.Band;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The filters of the customer list as the user typed them (or as a dashboard link set them), and
 * the service filter they mean.
 */
public class CustomerSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The tier filter's choices; anything else means every tier. */
  public static final List<String> TIERS = List.of("A", "B", "C", CustomerRow.UNTIERED);

  /** The HIC filter's choices: only high-impact customers, or only the others. */
  public static final List<String> HIC_CHOICES = List.of("YES", "NO");

  private String tier;
  private String name;
  private String owner;
  private String segment;
  private String country;
  private String hic;
  private Band businessBand;
  private Band cxBand;

  /** Blank fields mean no filter; surrounding spaces are ignored; country codes in any case. */
  public CustomerFilter toFilter() {
    String tierCode = tier != null && TIERS.contains(tier) ? tier : null; // List.of rejects null
    String countryCode = blankToNull(country);
    return new CustomerFilter(
        tierCode,
        blankToNull(owner),
        blankToNull(segment),
        countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
        blankToNull(name),
        "YES".equals(hic) ? Boolean.TRUE : "NO".equals(hic) ? Boolean.FALSE : null,
        businessBand,
        cxBand);
  }

  public void clear() {
    tier = null;
    name = null;
    owner = null;
    segment = null;
    country = null;
    hic = null;
    businessBand = null;
    cxBand = null;
  }

  /** Whether the list shows one cell of the grid (set by the dashboard's heat map). */
  public boolean isCell() {
    return businessBand != null || cxBand != null;
  }

  public void clearCell() {
    businessBand = null;
    cxBand = null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<String> getTiers() {
    return TIERS;
  }

  public List<String> getHicChoices() {
    return HIC_CHOICES;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getSegment() {
    return segment;
  }

  public void setSegment(String segment) {
    this.segment = segment;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getHic() {
    return hic;
  }

  public void setHic(String hic) {
    this.hic = hic;
  }

  public Band getBusinessBand() {
    return businessBand;
  }

  public void setBusinessBand(Band businessBand) {
    this.businessBand = businessBand;
  }

  public Band getCxBand() {
    return cxBand;
  }

  public void setCxBand(Band cxBand) {
    this.cxBand = cxBand;
  }
}
