package com.tierwise.web.portal.customers;

import com.tierwise.customer.CustomerSort;
import java.io.Serializable;

/**
 * Decides how to fetch the page the table asks for, so that turning pages stays as fast on page
 * 40,000 as on page 1: the next page continues after the last customer shown (a key, not an
 * offset), and the last page is read backwards from the end. Other jumps use an offset.
 */
final class CustomerPaging implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How to read one page: an order, an offset or a key, and whether to reverse the rows read. */
  record Plan(CustomerSort sort, int offset, int limit, Long afterId, boolean reverse) {}

  private int shownFirst = -1;
  private int shownSize;
  private Long shownLastId;
  private CustomerSort shownSort;

  /** Forget what was shown, e.g. when the filters change. */
  void reset() {
    shownFirst = -1;
    shownLastId = null;
  }

  Plan plan(CustomerSort sort, int first, int pageSize, long total) {
    if (sort == CustomerSort.ID) {
      if (shownLastId != null && sort == shownSort && pageSize == shownSize && first == shownFirst + shownSize) {
        return new Plan(CustomerSort.ID, 0, pageSize, shownLastId, false);
      }
      if (first > 0 && first + pageSize >= total) {
        int rows = (int) Math.max(0, total - first);
        return new Plan(CustomerSort.ID_DESC, 0, rows, null, true);
      }
    }
    return new Plan(sort, first, pageSize, null, false);
  }

  void shown(CustomerSort sort, int first, int pageSize, Long lastId) {
    shownSort = sort;
    shownFirst = first;
    shownSize = pageSize;
    shownLastId = lastId;
  }
}
