package dev.focal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every class with tests, in every module, runs in the build. Surefire picks test classes by name (the
 * {@code focal.test.includes} patterns of the parent pom), so a class whose name matches none of them is compiled
 * and silently never run: the jqwik property classes were. This reads the compiled test classes of every module
 * and fails for each class with tests that Surefire would skip.
 */
class EveryTestClassRunsTest {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final Document POM = parse(ROOT.resolve("pom.xml"));
    /** JUnit's mark for anything that is a test: {@code @Test}, {@code @ParameterizedTest}, jqwik's {@code @Property}, ... */
    static final String TESTABLE = "org.junit.platform.commons.annotation.Testable";
    /** Inner classes run through their enclosing class when marked as a nested group of tests. */
    static final List<String> NESTED = List.of("org.junit.jupiter.api.Nested", "net.jqwik.api.Group");

    @Test
    void every_class_with_tests_in_every_module_matches_a_surefire_include() {
        List<Pattern> includes = includes();
        List<Path> compiled = new ArrayList<>();
        for (String module : text("/project/modules/module")) {
            Path testClasses = ROOT.resolve(module).resolve("target/test-classes");
            if (Files.isDirectory(ROOT.resolve(module).resolve("src/test/java"))) {
                assertThat(testClasses).as("compiled tests of module %s (build with -am)", module).isDirectory();
                compiled.add(testClasses);
            }
        }
        JavaClasses classes = new ClassFileImporter().importPaths(compiled);
        List<JavaClass> withTests = classes.stream().filter(EveryTestClassRunsTest::hasTests).toList();

        assertThat(withTests).extracting(JavaClass::getName).as("the scan finds the test classes of the domain")
                .contains("dev.focal.pricing.PriceCalculatorProperties", "dev.focal.pricing.PriceCalculatorTest");
        assertThat(withTests.stream().filter(c -> !runs(c, includes)).map(JavaClass::getName))
                .as("classes with tests that Surefire skips: rename them to match %s, or make an inner class "
                        + "@Nested (jqwik: @Group)", text("/project/properties/focal.test.includes"))
                .isEmpty();
    }

    @Test
    void surefire_reads_its_includes_from_the_one_property_this_test_checks() {
        assertThat(text("/project/build/pluginManagement/plugins/plugin[artifactId='maven-surefire-plugin']"
                + "/configuration/includes/include")).containsExactly("${focal.test.includes}");
    }

    @Test
    void the_includes_tell_test_classes_from_their_helpers() {
        List<Pattern> includes = includes();

        assertThat(Stream.of("dev/focal/pricing/PriceCalculatorProperties", "dev/focal/pricing/PriceCalculatorTest",
                "dev/focal/api/ApiAccessTests", "ArchitectureTest")).allMatch(path -> matches(path, includes));
        assertThat(Stream.of("dev/focal/pricing/TestPriceBook", "dev/focal/TestDatabase",
                "dev/focal/optics/OpticsChecks")).noneMatch(path -> matches(path, includes));
    }

    static boolean hasTests(JavaClass type) {
        return !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                && !type.isAnonymousClass() && !type.isLocalClass()
                && (type.getAllMethods().stream().anyMatch(m -> m.isMetaAnnotatedWith(TESTABLE))
                        || type.getAllFields().stream().anyMatch(f -> f.isMetaAnnotatedWith(TESTABLE)));
    }

    /** Whether Surefire runs the class: a top-level class by name, an inner one through its enclosing class. */
    static boolean runs(JavaClass type, List<Pattern> includes) {
        if (type.getEnclosingClass().isEmpty()) {
            return matches(type.getName().replace('.', '/'), includes);
        }
        boolean nested = NESTED.stream().anyMatch(type::isAnnotatedWith)
                && !type.getModifiers().contains(JavaModifier.STATIC);
        return nested && runs(type.getEnclosingClass().get(), includes);
    }

    static boolean matches(String classPath, List<Pattern> includes) {
        return includes.stream().anyMatch(p -> p.matcher(classPath + ".java").matches());
    }

    /** The parent pom's include globs as regular expressions ({@code **}{@code /} any folders, {@code *} any name part). */
    static List<Pattern> includes() {
        List<String> values = text("/project/properties/focal.test.includes");
        assertThat(values).as("the parent pom's focal.test.includes").hasSize(1);
        return Arrays.stream(values.getFirst().split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(glob -> {
            assertThat(glob).as("a plain ** / * glob (%%regex and ? are not read here)").matches("[\\w*/.$]+");
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                if (glob.startsWith("**/", i)) {
                    regex.append("(?:.*/)?");
                    i += 2;
                } else if (glob.charAt(i) == '*') {
                    regex.append("[^/]*");
                } else {
                    regex.append(Pattern.quote(String.valueOf(glob.charAt(i))));
                }
            }
            return Pattern.compile(regex.toString());
        }).toList();
    }

    static List<String> text(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, POM, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(nodes.item(i).getTextContent().strip());
            }
            return values;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + xpath + " in the parent pom", e);
        }
    }

    static Document parse(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the parent pom " + pom, e);
        }
    }
}
