package com.tierwise.web.portal.allocation;

import com.tierwise.allocation.Allocation;
import com.tierwise.allocation.AllocationRefusedException;
import com.tierwise.allocation.AllocationRequest;
import com.tierwise.allocation.AllocationService;
import com.tierwise.allocation.AllocationText;
import com.tierwise.web.portal.shell.PortalMessages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The constrained-allocation calculator: how much product there is and who asks for how much
 * (pasted from a spreadsheet), answered with who gets what and why (POST /allocations). Nothing
 * is stored.
 */
@Named
@ViewScoped
public class AllocationView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One customer's share, ready to show; {@code line} is where it was in the pasted text. */
  public record Row(
      int line, String externalId, String segment, int priority, Double businessPercentile, long requested,
      long allocated, int rank) implements Serializable {

    public boolean isFull() {
      return allocated == requested;
    }

    public boolean isNone() {
      return allocated == 0;
    }

    /** Share of the request that is met, 0 to 100, for the fill bar. */
    public int getFilledPercent() {
      return (int) Math.round(100.0 * allocated / requested);
    }
  }

  /** A line of the pasted text that could not be read. */
  public record Problem(int line, String kind, String value) implements Serializable {}

  @EJB private AllocationService allocations;

  private Long available;
  private String requests;
  private List<Row> rows = List.of();
  private List<Problem> problems = List.of();
  private long requestedTotal;
  private long allocatedTotal;
  private long remaining;

  public void calculate() {
    FacesContext faces = FacesContext.getCurrentInstance();
    rows = List.of();
    AllocationText.Parsed parsed = AllocationText.parse(requests);
    problems = parsed.problems().stream().map(p -> new Problem(p.line(), p.problem().name(), p.value())).toList();
    if (!problems.isEmpty()) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR,
          PortalMessages.text(faces, "allocation.problems", problems.size()), null);
      return;
    }
    if (parsed.items().isEmpty()) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "allocation.noRequests"), null);
      return;
    }
    try {
      Allocation.Result result = allocations.allocate(new AllocationRequest(available, parsed.items()));
      List<Allocation.Line> lines = result.lines();
      rows =
          java.util.stream.IntStream.range(0, lines.size())
              .mapToObj(i -> {
                Allocation.Line l = lines.get(i);
                return new Row(parsed.lines().get(i), l.externalId(), l.segment(), l.priority(), l.businessPercentile(),
                    l.requested(), l.allocated(), l.rank());
              })
              .sorted(java.util.Comparator.comparingInt(Row::rank))
              .toList();
      requestedTotal = result.requested();
      allocatedTotal = result.allocated();
      remaining = result.remaining();
    } catch (AllocationRefusedException refused) {
      PortalMessages.add(faces, FacesMessage.SEVERITY_ERROR, PortalMessages.text(faces, "allocation.refused"),
          PortalMessages.text(faces, "common.serverSays", String.join("; ", lines(refused.problems(), parsed.lines()))));
    }
  }

  private static final java.util.regex.Pattern ITEM = java.util.regex.Pattern.compile("^requests\\[(\\d+)\\]\\.?(\\w*)");

  /** The service names requests by index ("requests[2].externalId"); the reader thinks in lines of the text. */
  static List<String> lines(List<String> problems, List<Integer> lineOfItem) {
    return problems.stream()
        .map(problem -> {
          java.util.regex.Matcher item = ITEM.matcher(problem);
          if (item.find() && Integer.parseInt(item.group(1)) < lineOfItem.size()) {
            String field = item.group(2).isEmpty() ? "" : " (" + item.group(2) + ")";
            return "line " + lineOfItem.get(Integer.parseInt(item.group(1))) + field + problem.substring(item.end());
          }
          return problem;
        })
        .toList();
  }

  public Long getAvailable() {
    return available;
  }

  public void setAvailable(Long available) {
    this.available = available;
  }

  public String getRequests() {
    return requests;
  }

  public void setRequests(String requests) {
    this.requests = requests;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Problem> getProblems() {
    return problems;
  }

  public boolean isCalculated() {
    return !rows.isEmpty();
  }

  public long getRequestedTotal() {
    return requestedTotal;
  }

  public long getAllocatedTotal() {
    return allocatedTotal;
  }

  public long getRemaining() {
    return remaining;
  }

  /** What was asked for and could not be given. */
  public long getShortfall() {
    return requestedTotal - allocatedTotal;
  }
}
