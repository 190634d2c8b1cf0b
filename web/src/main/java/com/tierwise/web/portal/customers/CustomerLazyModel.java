package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerService;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Pages the customer list through the service with offset paging, one page in memory at a time.
 * The filters come from the form above the table ({@link CustomerSearch}), not from column
 * filters; the order is the service's (by customer id).
 */
public class CustomerLazyModel extends LazyDataModel<CustomerRow> {

  private static final long serialVersionUID = 1L;

  private final CustomerService customers;
  private final CustomerSearch search;

  public CustomerLazyModel(CustomerService customers, CustomerSearch search) {
    this.customers = customers;
    this.search = search;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, customers.count(search.toFilter()));
  }

  @Override
  public List<CustomerRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return customers.list(search.toFilter(), pageSize, first).stream().map(CustomerRow::of).toList();
  }

  @Override
  public String getRowKey(CustomerRow row) {
    return String.valueOf(row.id());
  }

  /** Rows are selected on the page that is shown, so the current page is all there is to search. */
  @Override
  public CustomerRow getRowData(String rowKey) {
    List<CustomerRow> page = getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream().filter(row -> String.valueOf(row.id()).equals(rowKey)).findFirst().orElse(null);
  }
}
