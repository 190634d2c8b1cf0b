package com.tierwise.customer.profile;

import com.tierwise.platform.DataAccessFailure;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/** The customer 360's notes and workflow activity. */
@Stateless
public class CustomerProfileService {

  @Resource private DataSource dataSource;

  private final Clock clock = Clock.systemUTC();

  public List<CustomerNote> notes(long customerId, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerProfileQueries(connection).notes(customerId, limit);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  /**
   * Adds a note; surrounding blanks are dropped.
   *
   * @throws InvalidNoteException when the note is empty or longer than {@link CustomerNote#MAX_LENGTH}
   */
  public void addNote(long customerId, String text, String author) throws InvalidNoteException {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new InvalidNoteException("EMPTY", "The note is empty.");
    }
    if (body.codePointCount(0, body.length()) > CustomerNote.MAX_LENGTH) {
      throw new InvalidNoteException(
          "TOO_LONG", "The note is longer than " + CustomerNote.MAX_LENGTH + " characters.");
    }
    try (Connection connection = dataSource.getConnection()) {
      new CustomerProfileQueries(connection).addNote(customerId, author, clock.instant(), body);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }

  public CustomerActivity activity(long customerId, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      return new CustomerProfileQueries(connection).activity(customerId, limit);
    } catch (SQLException e) {
      throw new DataAccessFailure(e);
    }
  }
}
