package com.tierwise.reports.subscription;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Recipients of a subscription: e-mail addresses, or user names whose stored address is used
 * (looked up again at each delivery, so a changed address is followed).
 */
public final class Recipients {

  static final int MAX = 50;

  private Recipients() {}

  /** Problems with the given recipients, each naming the entry; empty when all are usable. */
  public static List<String> problems(List<String> recipients, Function<String, Optional<String>> userAddress) {
    List<String> problems = new ArrayList<>();
    if (recipients == null || recipients.isEmpty()) {
      problems.add("recipients must name at least one user or e-mail address");
      return problems;
    }
    if (recipients.size() > MAX) {
      problems.add("recipients may name at most " + MAX + " users or addresses, not " + recipients.size());
    }
    for (int i = 0; i < recipients.size(); i++) {
      String entry = recipients.get(i) == null ? "" : recipients.get(i).trim();
      if (entry.isEmpty()) {
        problems.add("recipients[" + i + "] is empty");
      } else if (address(entry).isEmpty() && userAddress.apply(entry).isEmpty()) {
        problems.add(
            "recipients[" + i + "] \"" + entry + "\" is neither an e-mail address nor a user with an e-mail address");
      }
    }
    return problems;
  }

  /** The addresses to send to now; entries that no longer resolve are left out. */
  public static List<String> resolve(List<String> recipients, Function<String, Optional<String>> userAddress) {
    Set<String> addresses = new LinkedHashSet<>();
    for (String recipient : recipients) {
      String entry = recipient.trim();
      address(entry).or(() -> userAddress.apply(entry)).ifPresent(addresses::add);
    }
    return List.copyOf(addresses);
  }

  /** The entry as a strictly valid single address with a domain, if it is one. */
  static Optional<String> address(String entry) {
    if (entry.indexOf('@') <= 0) {
      return Optional.empty();
    }
    try {
      InternetAddress[] parsed = InternetAddress.parse(entry, true);
      if (parsed.length != 1) {
        return Optional.empty();
      }
      parsed[0].validate();
      String address = parsed[0].getAddress();
      return address.substring(address.indexOf('@') + 1).isEmpty() ? Optional.empty() : Optional.of(address);
    } catch (AddressException e) {
      return Optional.empty();
    }
  }
}
