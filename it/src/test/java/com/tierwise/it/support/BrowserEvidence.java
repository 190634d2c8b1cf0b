package com.tierwise.it.support;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * When a test fails, keeps what every browser it still has open shows: a screenshot and the page
 * source under target/failures, named after the test. Runs before the test's own clean-up closes
 * the browsers (registered for every test through junit-platform.properties).
 */
public final class BrowserEvidence implements AfterTestExecutionCallback {

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String test = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
    Browser.keepEvidenceOfOpenBrowsers(test);
  }
}
