package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerDetails;
import com.tierwise.customer.CustomerService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;

/** The customer list: filter, page, and open one customer's tier explanation and history. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int HISTORY_RUNS = 20;
  static final String TABLE = ":customersForm:customers";

  @EJB private CustomerService customerService;

  private final CustomerSearch search = new CustomerSearch();
  private CustomerLazyModel customers;
  private CustomerRow selected;
  private CustomerDetail detail;

  @PostConstruct
  public void init() {
    customers = new CustomerLazyModel(customerService, search);
  }

  /** New filters: back to the first page. */
  public void applyFilters() {
    firstPage();
  }

  public void clearFilters() {
    search.clear();
    firstPage();
  }

  private void firstPage() {
    UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public void onRowSelect(SelectEvent<CustomerRow> event) {
    CustomerRow row = event.getObject();
    Optional<CustomerDetails> found = row == null ? Optional.empty() : customerService.find(row.externalId());
    detail =
        found
            .map(
                customer ->
                    CustomerDetail.of(
                        CustomerRow.of(customer),
                        customerService.explain(customer),
                        customerService.tierHistory(customer.id(), HISTORY_RUNS)))
            .orElse(null);
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

  public CustomerDetail getDetail() {
    return detail;
  }
}
