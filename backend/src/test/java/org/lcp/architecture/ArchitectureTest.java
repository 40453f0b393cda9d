package org.lcp.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.lcp.common.error.ApiException;

/**
 * The backend's architecture, as rules: which feature package may use which, no cycles between
 * them, one home for authorization decisions, thin resources. Only the application's own classes
 * are read (not the tests, not the jars, not the interfaces and models generated from the contract
 * into org.lcp.api, which every package may use). Table ownership, which imports cannot show, is
 * {@link TableOwnershipTest}.
 */
@AnalyzeClasses(
    packages = "org.lcp",
    importOptions = {
      ImportOption.DoNotIncludeTests.class,
      ImportOption.DoNotIncludeJars.class,
      ArchitectureTest.NotGenerated.class
    })
class ArchitectureTest {

  /** The generated contract (org.lcp.api, org.lcp.api.model) is nobody's feature. */
  public static class NotGenerated implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/org/lcp/api/");
    }
  }

  @ArchTest
  static final ArchRule featurePackagesFormNoCycles =
      slices().matching("org.lcp.(*)..").should().beFreeOfCycles();

  /**
   * Who may use whom. Everything may use common and the generated contract; common uses no feature;
   * nothing but demo data uses the demo package, which may use anything.
   */
  @ArchTest
  static final ArchRule featurePackagesDependOnlyOnWhatTheyMay =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("common")
          .definedBy("org.lcp.common..")
          .layer("notification")
          .definedBy("org.lcp.notification..")
          .layer("organization")
          .definedBy("org.lcp.organization..")
          .layer("collaborative")
          .definedBy("org.lcp.collaborative..")
          .layer("team")
          .definedBy("org.lcp.team..")
          .layer("session")
          .definedBy("org.lcp.session..")
          .layer("application")
          .definedBy("org.lcp.application..")
          .layer("review")
          .definedBy("org.lcp.review..")
          .layer("metrics")
          .definedBy("org.lcp.metrics..")
          .layer("improvement")
          .definedBy("org.lcp.improvement..")
          .layer("consultation")
          .definedBy("org.lcp.consultation..")
          .layer("community")
          .definedBy("org.lcp.community..")
          .layer("library")
          .definedBy("org.lcp.library..")
          .layer("calendar")
          .definedBy("org.lcp.calendar..")
          .layer("report")
          .definedBy("org.lcp.report..")
          .layer("me")
          .definedBy("org.lcp.me..")
          .layer("home")
          .definedBy("org.lcp.home..")
          .layer("demo")
          .definedBy("org.lcp.demo..")
          .whereLayer("common")
          .mayNotAccessAnyLayer()
          .whereLayer("notification")
          .mayOnlyAccessLayers("common")
          .whereLayer("organization")
          .mayOnlyAccessLayers("common", "notification")
          .whereLayer("collaborative")
          .mayOnlyAccessLayers("common", "organization", "notification")
          .whereLayer("team")
          .mayOnlyAccessLayers("common", "collaborative", "organization")
          .whereLayer("session")
          .mayOnlyAccessLayers("common", "collaborative", "team", "organization", "notification")
          .whereLayer("application")
          .mayOnlyAccessLayers(
              "common", "collaborative", "organization", "session", "team", "notification")
          .whereLayer("review")
          .mayOnlyAccessLayers(
              "common", "application", "collaborative", "organization", "notification")
          .whereLayer("metrics")
          .mayOnlyAccessLayers("common", "collaborative", "team", "organization", "notification")
          .whereLayer("improvement")
          .mayOnlyAccessLayers(
              "common", "collaborative", "team", "organization", "metrics", "notification")
          .whereLayer("consultation")
          .mayOnlyAccessLayers(
              "common",
              "collaborative",
              "team",
              "organization",
              "session",
              "application",
              "notification")
          .whereLayer("community")
          .mayOnlyAccessLayers("common", "collaborative", "organization", "notification")
          .whereLayer("library")
          .mayOnlyAccessLayers(
              "common", "collaborative", "organization", "community", "consultation")
          .whereLayer("calendar")
          .mayOnlyAccessLayers(
              "common",
              "consultation",
              "session",
              "collaborative",
              "team",
              "organization",
              "notification")
          .whereLayer("report")
          .mayOnlyAccessLayers(
              "common", "collaborative", "team", "organization", "session", "metrics")
          .whereLayer("me")
          .mayOnlyAccessLayers("common", "organization", "collaborative", "notification")
          .whereLayer("home")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("demo")
          .mayNotBeAccessedByAnyLayer();

  /** A new package is a decision: it must be named above, or the layer rules would not see it. */
  @ArchTest
  static final ArchRule everyClassIsInAKnownPackage =
      classes()
          .should()
          .resideInAnyPackage(
              "org.lcp.common..",
              "org.lcp.notification..",
              "org.lcp.organization..",
              "org.lcp.collaborative..",
              "org.lcp.team..",
              "org.lcp.session..",
              "org.lcp.application..",
              "org.lcp.review..",
              "org.lcp.metrics..",
              "org.lcp.improvement..",
              "org.lcp.consultation..",
              "org.lcp.community..",
              "org.lcp.library..",
              "org.lcp.calendar..",
              "org.lcp.report..",
              "org.lcp.me..",
              "org.lcp.home..",
              "org.lcp.demo..");

  /** "May this caller see or change this?" is answered in common.security and nowhere else. */
  @ArchTest
  static final ArchRule onlySecurityDecidesWhatIsForbidden =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.lcp.common.security..")
          .should()
          .callMethod(ApiException.class, "forbidden", String.class)
          .because(
              "authorization decisions live in org.lcp.common.security (issue 14: one authorization home)");

  /**
   * Resources parse, ask, call a service and map: persistence and transactions are the services'.
   */
  @ArchTest
  static final ArchRule resourcesDoNotTouchPersistence =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Resource")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(EntityManager.class)
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(PanacheRepositoryBase.class)
          .orShould()
          .dependOnClassesThat(
              resideInAPackage("org.lcp..").and(simpleNameEndingWith("Repository")))
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(QuarkusTransaction.class)
          .orShould()
          .beAnnotatedWith(Transactional.class)
          .because(
              "a resource is thin: transactions and queries belong to services and repositories");

  @ArchTest
  static final ArchRule resourceMethodsAreNotTransactional =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Resource")
          .should()
          .beAnnotatedWith(Transactional.class)
          .because("one transaction per operation is opened by the service it calls");

  @ArchTest
  static final ArchRule servicesDoNotDependOnResources =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Service")
          .should()
          .dependOnClassesThat(resideInAPackage("org.lcp..").and(simpleNameEndingWith("Resource")))
          .because("the web layer depends on services, never the other way round");
}
