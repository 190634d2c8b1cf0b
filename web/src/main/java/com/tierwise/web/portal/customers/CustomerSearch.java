package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerFilter;
import java.io.Serializable;
import java.util.List;

/** The filters of the customer list as the user typed them, and the service filter they mean. */
public class CustomerSearch implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The tier filter's choices; anything else means every tier. */
  public static final List<String> TIERS = List.of("A", "B", "C", CustomerRow.UNTIERED);

  private String tier;
  private String name;
  private String owner;

  /** Blank fields mean no filter; surrounding spaces are ignored. */
  public CustomerFilter toFilter() {
    String tierCode = tier != null && TIERS.contains(tier) ? tier : null; // List.of rejects null
    return new CustomerFilter(tierCode, blankToNull(owner), null, null, blankToNull(name), null);
  }

  public void clear() {
    tier = null;
    name = null;
    owner = null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public List<String> getTiers() {
    return TIERS;
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
}
