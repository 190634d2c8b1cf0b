package com.tierwise.demo;

import com.tierwise.charter.CharterService;
import com.tierwise.closedloop.ClosedLoopService;
import com.tierwise.closedloop.ResponseInput;
import com.tierwise.closedloop.ResponseValidator;
import com.tierwise.closedloop.ResponsesRejectedException;
import java.time.Instant;
import java.util.List;
import com.tierwise.customer.CustomerFilter;
import com.tierwise.customer.CustomerService;
import com.tierwise.customer.imports.ImportRejectedException;
import com.tierwise.platform.TierwiseConfig;
import com.tierwise.tiering.CoverageTooLowException;
import com.tierwise.tiering.TieringService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives a new installation something to look at: at the first start against an empty database
 * it imports generated customers through the normal import path and runs tiering once.
 * TIERWISE_DEMO_DATA=false starts empty instead.
 */
@Singleton
@Startup
@DependsOn("AdminBootstrap")
public class DemoDataSeeder {

  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
  private static final long SEED = 20261122L;

  @EJB private CustomerService customers;
  @EJB private TieringService tiering;
  @EJB private ClosedLoopService closedLoop;
  @EJB private CharterService charter;
  @EJB private com.tierwise.organisation.persona.PersonaService personas;
  @EJB private com.tierwise.organisation.journey.JourneyService journey;
  @EJB private DemoTeams teams;

  @Inject
  @ConfigProperty(name = TierwiseConfig.DEMO_DATA, defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = TierwiseConfig.DEMO_CUSTOMERS, defaultValue = "3000")
  int count;

  @Inject
  @ConfigProperty(name = "tierwise.demo.responses", defaultValue = "4000")
  int responses;

  /** Survey responses over the last year through the normal path, so they open their tasks too. */
  private void seedResponses() throws ResponsesRejectedException {
    if (count < 1 || responses < 1) {
      return;
    }
    List<ResponseInput> all = new DemoResponses(SEED).generate(count, responses, Instant.now());
    for (int start = 0; start < all.size(); start += ResponseValidator.MAX_BATCH) {
      closedLoop.submit(all.subList(start, Math.min(all.size(), start + ResponseValidator.MAX_BATCH)), "demo-data");
    }
    LOG.info(() -> "Seeded " + all.size() + " demo survey responses over the last twelve months");
  }

  @PostConstruct
  void seedEmptyDatabase() {
    if (!enabled || customers.count(CustomerFilter.NONE) > 0 || tiering.runCount() > 0) {
      return;
    }
    Path csv = null;
    try {
      csv = Files.createTempFile("tierwise-demo", ".csv");
      try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        new DemoCustomers(SEED).writeCsv(count, out);
      }
      try (InputStream in = Files.newInputStream(csv)) {
        customers.importCsv(in, "demo-data");
      }
      var run = tiering.run("demo-data");
      LOG.info(() -> "Seeded " + count + " demo customers; first tiering run: " + run.counts());
      seedResponses();
      // No CCBMX or CCSX users exist yet (no default passwords), so the demo charter is marked
      // as seeded and effective without signatures; the portal says so.
      if (charter.seedDemo(DemoCharter.cells())) {
        LOG.info("Seeded the demo experience charter (version 1, effective, signed by nobody)");
      }
      if (personas.count() == 0) {
        DemoOrganisation.seed(personas, journey);
        LOG.info("Seeded the demo personas and journey map");
      }
      teams.seed();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ImportRejectedException | CoverageTooLowException | ResponsesRejectedException
        | com.tierwise.organisation.OrganisationRefusedException e) {
      throw new IllegalStateException("The demo data generator produced data Tierwise refuses", e);
    } finally {
      if (csv != null) {
        try {
          Files.deleteIfExists(csv);
        } catch (IOException ignored) {
          // a temporary file left behind is harmless
        }
      }
    }
  }
}
