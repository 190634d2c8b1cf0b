package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerFilter;
import com.tierwise.customer.CustomerService;
import com.tierwise.customer.CustomerSort;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Pages the customer list through the service, one page in memory at a time. The filters come
 * from the form above the table ({@link CustomerSearch}); the total is counted once per filter,
 * not on every page turn, and pages are read by key where possible ({@link CustomerPaging}).
 */
public class CustomerLazyModel extends LazyDataModel<CustomerRow> {

  private static final long serialVersionUID = 1L;

  private final CustomerService customers;
  private final CustomerSearch search;
  private final CustomerPaging paging = new CustomerPaging();
  private CustomerFilter countedFilter;
  private long count;

  public CustomerLazyModel(CustomerService customers, CustomerSearch search) {
    this.customers = customers;
    this.search = search;
  }

  /** The filters changed: count again and stop continuing from the last page shown. */
  public void filtersChanged() {
    countedFilter = null;
    paging.reset();
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    CustomerFilter filter = search.toFilter();
    if (!Objects.equals(filter, countedFilter)) {
      count = customers.recentCount(filter);
      countedFilter = filter;
      paging.reset();
    }
    return (int) Math.min(Integer.MAX_VALUE, count);
  }

  @Override
  public List<CustomerRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    CustomerSort sort = sortOf(sortBy);
    CustomerFilter filter = search.toFilter();
    long total = count(filterBy);
    CustomerPaging.Plan plan = paging.plan(sort, first, pageSize, total);
    List<CustomerRow> rows =
        new ArrayList<>(
            customers.list(filter, plan.sort(), plan.limit(), plan.offset(), plan.afterId()).stream()
                .map(CustomerRow::of)
                .toList());
    if (plan.reverse()) {
      Collections.reverse(rows);
    }
    paging.shown(sort, first, pageSize, rows.isEmpty() ? null : rows.get(rows.size() - 1).id());
    return rows;
  }

  static CustomerSort sortOf(Map<String, SortMeta> sortBy) {
    if (sortBy == null) {
      return CustomerSort.ID;
    }
    for (SortMeta meta : sortBy.values()) {
      boolean descending = meta.getOrder() == SortOrder.DESCENDING;
      if (meta.getOrder() == SortOrder.UNSORTED) {
        continue;
      }
      switch (meta.getField()) {
        case "businessValue":
          return descending ? CustomerSort.BUSINESS_VALUE_DESC : CustomerSort.BUSINESS_VALUE_ASC;
        case "cxScore":
          return descending ? CustomerSort.CX_SCORE_DESC : CustomerSort.CX_SCORE_ASC;
        default:
          break;
      }
    }
    return CustomerSort.ID;
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
