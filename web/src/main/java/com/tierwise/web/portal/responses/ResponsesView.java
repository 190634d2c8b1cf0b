package com.tierwise.web.portal.responses;

import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.Nps;
import com.tierwise.closedloop.ResponseRow;
import com.tierwise.closedloop.ResponseSearch;
import com.tierwise.closedloop.Touchpoint;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Survey responses, newest first, with comment search that works in every script (Turkish
 * İ/ı, Arabic and Persian letter forms) and filters by touchpoint and promoter/passive/detractor.
 */
@Named
@ViewScoped
public class ResponsesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Rows shown at most; narrow the search for older ones. */
  static final int LIMIT = 200;

  @EJB private ClosedLoopService closedLoop;

  private String text;
  private Touchpoint touchpoint;
  private Nps.Category category;
  private List<ResponseRow> responses;

  @PostConstruct
  public void init() {
    search();
  }

  public void search() {
    responses = closedLoop.responses(new ResponseSearch(text, touchpoint, category), LIMIT);
  }

  public List<Touchpoint> getTouchpoints() {
    return List.of(Touchpoint.values());
  }

  public List<Nps.Category> getCategories() {
    return List.of(Nps.Category.values());
  }

  public List<ResponseRow> getResponses() {
    return responses;
  }

  public int getLimit() {
    return LIMIT;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Touchpoint getTouchpoint() {
    return touchpoint;
  }

  public void setTouchpoint(Touchpoint touchpoint) {
    this.touchpoint = touchpoint;
  }

  public Nps.Category getCategory() {
    return category;
  }

  public void setCategory(Nps.Category category) {
    this.category = category;
  }

}
