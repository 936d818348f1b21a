package dev.focal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.persistence.Entity;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules of docs/architecture.md, enforced: Spring Modulith's verification, and ArchUnit rules for
 * what it does not cover. Also checks that the module documentation in docs/modules is up to date, and rewrites it
 * when the system property {@code focal.write-module-docs} is {@code true}.
 */
class ArchitectureTest {

    /** Everything that is not a context: the UIs and the platform. Every other package under dev.focal is one. */
    static final String[] NOT_CONTEXTS = {"dev.focal.storefront..", "dev.focal.backoffice..", "dev.focal.api..",
            "dev.focal.platform.."};

    static final ApplicationModules MODULES = ApplicationModules.of(FocalApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.focal");
    /** The storefront's classes and its precompiled templates (a template in folder x compiles to package x). */
    static final JavaClasses STOREFRONT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.focal.storefront", "gg.jte.generated.precompiled");

    @Test
    void modules_respect_their_boundaries_and_have_no_cycles() {
        MODULES.verify();
    }

    @Test
    void domain_contexts_use_neither_vaadin_nor_the_web() {
        noClasses().that().resideInAPackage("dev.focal..").and().resideOutsideOfPackages(NOT_CONTEXTS)
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.servlet..",
                        "org.springframework.web..", "org.springframework.security.web..", "gg.jte..")
                .check(CLASSES);
    }

    @Test
    void the_storefront_does_not_use_vaadin() {
        noClasses().that().resideInAPackage("dev.focal.storefront..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void storefront_slices_have_no_cycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return storefrontSlice(type).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "storefront slices (classes and templates)";
            }
        }).should().beFreeOfCycles().check(STOREFRONT);
    }

    @Test
    void a_storefront_slice_uses_another_only_through_the_shell_or_that_slices_navigation_class() {
        classes().that(DescribedPredicate.describe("are in a storefront slice",
                        (JavaClass type) -> storefrontSlice(type).isPresent()))
                .should(useOtherStorefrontSlicesOnlyThroughShellOrNavigation())
                .check(STOREFRONT);
    }

    /** Backoffice slices: {@code dev.focal.backoffice.<slice>}; {@code shell} and {@code ui} serve them all. */
    static final UiSlices BACKOFFICE = new UiSlices("dev.focal.backoffice.", java.util.Set.of("shell", "ui"));
    /** API slices: {@code dev.focal.api.<slice>}; {@code core} serves them all. */
    static final UiSlices API = new UiSlices("dev.focal.api.", java.util.Set.of("core"));

    @Test
    void backoffice_slices_have_no_cycles() {
        slices().assignedFrom(BACKOFFICE.assignment()).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void a_backoffice_slice_uses_another_only_through_shell_ui_or_that_slices_navigation_class() {
        classes().that(BACKOFFICE.members()).should(BACKOFFICE.useOthersOnlyThroughSharedOrNavigation()).check(CLASSES);
    }

    @Test
    void the_shared_backoffice_ui_knows_no_feature_slice() {
        noClasses().that().resideInAPackage("dev.focal.backoffice.ui..")
                .should().dependOnClassesThat(BACKOFFICE.featureClasses())
                .check(CLASSES);
    }

    @Test
    void api_slices_have_no_cycles_and_share_only_the_core() {
        slices().assignedFrom(API.assignment()).should().beFreeOfCycles().check(CLASSES);
        classes().that(API.members()).should(API.useOthersOnlyThroughSharedOrNavigation()).check(CLASSES);
    }

    @Test
    void contexts_never_depend_on_a_user_interface() {
        noClasses().that().resideInAPackage("dev.focal..").and().resideOutsideOfPackages(NOT_CONTEXTS)
                .and().doNotHaveFullyQualifiedName(FocalApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("dev.focal.backoffice..", "dev.focal.storefront..",
                        "dev.focal.platform..")
                .check(CLASSES);
    }

    @Test
    void entities_and_repositories_are_used_only_inside_their_own_context() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should(onlyBeUsedInTheirOwnPackage())
                .check(CLASSES);
    }

    @Test
    void entities_and_repositories_are_not_public() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    /** Set to {@code true} to write the module documentation into docs/modules instead of checking it. */
    static final String WRITE_MODULE_DOCS = "focal.write-module-docs";
    static final java.nio.file.Path COMMITTED_MODULE_DOCS = java.nio.file.Path.of("../docs/modules");

    @Test
    void the_committed_module_documentation_matches_the_code() throws java.io.IOException {
        boolean write = Boolean.getBoolean(WRITE_MODULE_DOCS);
        var folder = write ? COMMITTED_MODULE_DOCS : java.nio.file.Path.of("target/modules");
        writeModuleDocumentation(folder);
        if (write) {
            return;
        }
        var stale = new java.util.TreeSet<String>();
        var names = new java.util.TreeSet<String>();
        names.addAll(fileNames(folder));
        names.addAll(fileNames(COMMITTED_MODULE_DOCS));
        for (String name : names) {
            var generated = folder.resolve(name);
            var committed = COMMITTED_MODULE_DOCS.resolve(name);
            if (!java.nio.file.Files.exists(generated) || !java.nio.file.Files.exists(committed)
                    || java.nio.file.Files.mismatch(generated, committed) != -1) {
                stale.add(name);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(stale.isEmpty(), () -> "module docs are stale (" + stale
                + " differ from " + folder.toAbsolutePath().normalize() + "): run ./mvnw -pl app -am verify"
                + " -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_MODULE_DOCS
                + "=true to regenerate docs/modules");
    }

    private static void writeModuleDocumentation(java.nio.file.Path folder) throws java.io.IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = java.nio.file.Files.list(folder)) {
            for (var file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    sortRelations(file);
                } else if (file.toString().endsWith(".adoc")) {
                    sortCellLists(file);
                }
            }
        }
    }

    private static java.util.Set<String> fileNames(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }

    /** The Documenter writes relations in no fixed order; sorted, the committed files only change with the code. */
    private static void sortRelations(java.nio.file.Path file) throws java.io.IOException {
        var lines = java.nio.file.Files.readAllLines(file);
        var sorted = new java.util.ArrayList<String>(lines.size());
        var block = new java.util.ArrayList<String>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                block.add(line);
                continue;
            }
            block.sort(null);
            sorted.addAll(block);
            block.clear();
            sorted.add(line);
        }
        block.sort(null);
        sorted.addAll(block);
        java.nio.file.Files.write(file, sorted);
    }

    /** Canvas cells list types and events ("|* a" then "* b" lines) in no fixed order either; sort each list. */
    private static void sortCellLists(java.nio.file.Path file) throws java.io.IOException {
        var lines = java.nio.file.Files.readAllLines(file);
        var sorted = new java.util.ArrayList<String>(lines.size());
        var items = new java.util.ArrayList<String>();
        for (String line : lines) {
            if (line.startsWith("|* ") || (!items.isEmpty() && line.startsWith("* "))) {
                items.add(line.startsWith("|") ? line.substring(1) : line);
                continue;
            }
            flushCell(items, sorted);
            sorted.add(line);
        }
        flushCell(items, sorted);
        java.nio.file.Files.write(file, sorted);
    }

    private static void flushCell(java.util.List<String> items, java.util.List<String> into) {
        items.sort(null);
        for (int i = 0; i < items.size(); i++) {
            into.add(i == 0 ? "|" + items.get(i) : items.get(i));
        }
        items.clear();
    }

    /**
     * The page family a storefront class or template belongs to: {@code dev.focal.storefront.<slice>..} or, for a
     * template in folder {@code <slice>/}, {@code gg.jte.generated.precompiled.<slice>..}. The one template at the
     * root, {@code error.jte} (Spring Boot renders the view named "error"), is the shell's.
     */
    private static Optional<String> storefrontSlice(JavaClass type) {
        String name = type.getName();
        for (String root : new String[] {"dev.focal.storefront.", "gg.jte.generated.precompiled."}) {
            if (name.startsWith(root)) {
                String rest = name.substring(root.length());
                int dot = rest.indexOf('.');
                if (dot > 0) {
                    return Optional.of(rest.substring(0, dot));
                }
                return root.startsWith("gg.") ? Optional.of("shell") : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static ArchCondition<JavaClass> useOtherStorefrontSlicesOnlyThroughShellOrNavigation() {
        return new ArchCondition<>("use other storefront slices only through shell or a *Navigation class") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = storefrontSlice(type).orElseThrow();
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String to = storefrontSlice(target).orElse(from);
                    boolean throughShellOrNavigation = to.equals("shell")
                            || topLevel(target).getSimpleName().endsWith("Navigation");
                    if (!to.equals(from) && !throughShellOrNavigation) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static ArchCondition<JavaClass> onlyBeUsedInTheirOwnPackage() {
        return new ArchCondition<>("only be used in their own package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getDirectDependenciesToSelf().stream()
                        .filter(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    /**
     * Public types of a context that use SQL directly, each with its reason. Everything else follows ADR 0013:
     * the public service holds the rules, a package-private store holds the SQL. Keep this list short.
     */
    static final java.util.Set<String> MAY_USE_JDBC = java.util.Set.of(
            // The catalog search port's PostgreSQL adapter, itself a store: public with a public constructor so
            // the OpenSearch module's parity suite can run it side by side.
            "dev.focal.catalog.PostgresCatalogSearch");

    @Test
    void public_types_of_a_context_keep_their_sql_in_a_package_private_store() {
        noClasses().that().resideInAPackage("dev.focal..").and().resideOutsideOfPackages(NOT_CONTEXTS)
                .and().resideOutsideOfPackage("dev.focal.optics..")
                .and().arePublic()
                .and().haveSimpleNameNotEndingWith("DemoData")
                .and(DescribedPredicate.describe("are not on the exemption list",
                        (JavaClass type) -> !MAY_USE_JDBC.contains(topLevel(type).getName())))
                .should().dependOnClassesThat().belongToAnyOf(org.springframework.jdbc.core.simple.JdbcClient.class,
                        org.springframework.jdbc.core.JdbcTemplate.class,
                        org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate.class)
                .because("a public service holds the rules, a package-private *Store its SQL (ADR 0013)")
                .check(CLASSES);
    }

    /** The slices of one face (backoffice or API): a slice is the package right under the root. */
    record UiSlices(String root, java.util.Set<String> shared) {

        Optional<String> sliceOf(JavaClass type) {
            String name = type.getName();
            if (!name.startsWith(root)) {
                return Optional.empty();
            }
            String rest = name.substring(root.length());
            int dot = rest.indexOf('.');
            return dot > 0 ? Optional.of(rest.substring(0, dot)) : Optional.empty();
        }

        SliceAssignment assignment() {
            return new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass type) {
                    return sliceOf(type).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
                }

                @Override
                public String getDescription() {
                    return "slices under " + root;
                }
            };
        }

        DescribedPredicate<JavaClass> members() {
            return DescribedPredicate.describe("are in a slice under " + root, type -> sliceOf(type).isPresent());
        }

        DescribedPredicate<JavaClass> featureClasses() {
            return DescribedPredicate.describe("are in a feature slice under " + root,
                    type -> sliceOf(type).filter(slice -> !shared.contains(slice)).isPresent());
        }

        ArchCondition<JavaClass> useOthersOnlyThroughSharedOrNavigation() {
            return new ArchCondition<>("use other slices only through " + shared + " or a *Navigation class") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    String from = sliceOf(type).orElseThrow();
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        String to = sliceOf(target).orElse(from);
                        boolean allowed = to.equals(from) || shared.contains(to)
                                || topLevel(target).getSimpleName().endsWith("Navigation");
                        if (!allowed) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };
        }
    }
}
