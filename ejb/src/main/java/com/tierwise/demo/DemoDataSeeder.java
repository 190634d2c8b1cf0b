package com.tierwise.demo;

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

  @Inject
  @ConfigProperty(name = TierwiseConfig.DEMO_DATA, defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = TierwiseConfig.DEMO_CUSTOMERS, defaultValue = "3000")
  int count;

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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ImportRejectedException | CoverageTooLowException e) {
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
