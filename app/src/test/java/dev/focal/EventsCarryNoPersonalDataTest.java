package dev.focal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Events are stored in the event publication registry until their listeners complete (and in the serialized
 * form JobRunr and logs may see): they carry IDs, not e-mail addresses, names, tokens or documents. A listener
 * loads what it needs when it runs (ADR 0019).
 */
class EventsCarryNoPersonalDataTest {

    static final Pattern PERSONAL = Pattern.compile("(?i).*(email|name|token|password|phone|address|pdf|document).*");

    @Test
    void no_event_that_a_module_listens_to_carries_personal_data_secrets_or_files() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.focal");
        List<Class<?>> events = new ArrayList<>();
        for (JavaClass type : classes) {
            for (JavaMethod method : type.getMethods()) {
                if (method.isAnnotatedWith(ApplicationModuleListener.class) || method.isAnnotatedWith(EventListener.class)
                        || method.isAnnotatedWith(TransactionalEventListener.class)) {
                    method.getRawParameterTypes().forEach(p -> events.add(p.reflect()));
                }
            }
        }
        assertThat(events).as("listened-to events").hasSizeGreaterThan(8);
        List<String> offending = new ArrayList<>();
        for (Class<?> event : events) {
            RecordComponent[] components = event.getRecordComponents();
            assertThat(components).as(event.getName() + " is a record").isNotNull();
            for (RecordComponent component : components) {
                if (PERSONAL.matcher(component.getName()).matches() || component.getType() == byte[].class) {
                    offending.add(event.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
