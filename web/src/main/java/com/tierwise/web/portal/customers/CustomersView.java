package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerService;
import com.tierwise.customer.export.ExportFormat;
import com.tierwise.tiering.Band;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The customer list: filter, sort, page, export, and open one customer's 360. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String TABLE = ":customersForm:customers";

  @EJB private CustomerService customerService;

  private final CustomerSearch search = new CustomerSearch();
  private CustomerLazyModel customers;
  private CustomerRow selected;

  @PostConstruct
  public void init() {
    customers = new CustomerLazyModel(customerService, search);
    fromLink(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
  }

  /**
   * The dashboard links here with {@code ?tier=A} or one grid cell {@code ?business=HIGH&cx=MID};
   * values that are not ours are ignored.
   */
  private void fromLink(Map<String, String> parameters) {
    String tier = parameters.get("tier");
    if (tier != null && CustomerSearch.TIERS.contains(tier)) {
      search.setTier(tier);
    }
    search.setBusinessBand(band(parameters.get("business")));
    search.setCxBand(band(parameters.get("cx")));
  }

  private static Band band(String name) {
    return Arrays.stream(Band.values()).filter(band -> band.name().equals(name)).findFirst().orElse(null);
  }

  /** New filters: count again, back to the first page. */
  public void applyFilters() {
    customers.filtersChanged();
    firstPage();
  }

  public void clearFilters() {
    search.clear();
    applyFilters();
  }

  public void clearCell() {
    search.clearCell();
    applyFilters();
  }

  private void firstPage() {
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  /** A row opens the customer's 360 page. */
  public void onRowSelect(SelectEvent<CustomerRow> event) throws IOException {
    CustomerRow row = event.getObject();
    if (row != null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/app/customer.xhtml?id="
                  + URLEncoder.encode(row.externalId(), StandardCharsets.UTF_8));
    }
  }

  public StreamedContent getCsvExport() {
    return export(ExportFormat.CSV);
  }

  public StreamedContent getXlsxExport() {
    return export(ExportFormat.XLSX);
  }

  /** Every customer matching the filters, in the table's order, streamed as it is read. */
  private StreamedContent export(ExportFormat format) {
    var filter = search.toFilter();
    var sort = CustomerLazyModel.sortOf(sortOfTable());
    return DefaultStreamedContent.builder()
        .name("customers-" + LocalDate.now(ZoneOffset.UTC) + "." + format.extension())
        .contentType(format.contentType())
        .writer(
            out -> {
              try {
                customerService.export(filter, sort, format, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  private Map<String, SortMeta> sortOfTable() {
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    return table instanceof DataTable dataTable ? dataTable.getActiveSortMeta() : null;
  }

  public CustomerSearch getSearch() {
    return search;
  }

  public CustomerLazyModel getCustomers() {
    return customers;
  }

  public CustomerRow getSelected() {
    return selected;
  }

  public void setSelected(CustomerRow selected) {
    this.selected = selected;
  }
}
