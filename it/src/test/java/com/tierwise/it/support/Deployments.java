package com.tierwise.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives Arquillian deploys: the real EAR, or the EJB module in a test WAR. */
public final class Deployments {

  private Deployments() {}

  /** The EAR exactly as built, for black-box tests. */
  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("tierwise.ear")));
  }

  /**
   * The built EJB module and its libraries in a WAR, plus the given test classes, for
   * in-container tests of the services against the real database.
   */
  public static WebArchive ejbModule(String name, Class<?>... testSupport) {
    File[] libraries = new File(System.getProperty("tierwise.it.libs")).listFiles();
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addAsLibraries(libraries)
            .addClasses(testSupport)
            .addAsWebInfResource(
                new StringAsset(
                    "<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.2\">"
                        + "<deployment><dependencies><module name=\"org.postgresql\"/>"
                        + "<module name=\"org.jboss.vfs\"/></dependencies></deployment>"
                        + "</jboss-deployment-structure>"),
                "jboss-deployment-structure.xml");
    return war;
  }
}
