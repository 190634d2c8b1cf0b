package com.tierwise.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
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
   * The EJB module and the libraries of the built EAR in a WAR, plus the given test classes, for
   * in-container tests of the services against the real database.
   */
  public static WebArchive ejbModule(String name, Class<?>... testSupport) {
    EnterpriseArchive ear = ear();
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name + ".war")
            .addAsLibrary(ear.getAsType(JavaArchive.class, "tierwise-ejb.jar"));
    for (ArchivePath path : ear.getContent(Filters.include("/lib/.*\\.jar")).keySet()) {
      // WEB-INF/lib/<name>.jar: as an archive it would land in WEB-INF/lib/lib/, out of reach.
      String jar = path.get().substring(path.get().lastIndexOf('/') + 1);
      war.addAsLibrary(ear.get(path).getAsset(), jar);
    }
    // The EJB module's server-specific descriptors (resource mappings) apply to a WAR from
    // WEB-INF, not from a library jar.
    JavaArchive ejb = ear.getAsType(JavaArchive.class, "tierwise-ejb.jar");
    for (String descriptor : new String[] {"jboss-ejb3.xml", "glassfish-ejb-jar.xml"}) {
      if (ejb.contains("META-INF/" + descriptor)) {
        war.addAsWebInfResource(ejb.get("META-INF/" + descriptor).getAsset(), descriptor);
      }
    }
    return war.addClasses(testSupport)
            .addAsWebInfResource(
                new StringAsset(
                    "<jboss-deployment-structure xmlns=\"urn:jboss:deployment-structure:1.2\">"
                        + "<deployment><dependencies><module name=\"org.postgresql\"/>"
                        + "<module name=\"org.jboss.vfs\"/></dependencies></deployment>"
                        + "</jboss-deployment-structure>"),
                "jboss-deployment-structure.xml");
  }
}
