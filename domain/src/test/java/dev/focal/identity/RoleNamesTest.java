package dev.focal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.shared.Roles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleNamesTest {

    @Test
    void the_role_name_constants_are_exactly_the_staff_roles_and_the_customer() throws IllegalAccessException {
        var names = new java.util.ArrayList<String>();
        for (Field field : Roles.class.getFields()) {
            String value = (String) field.get(null);
            if (Modifier.isStatic(field.getModifiers()) && !value.contains("(")) {
                assertThat(field.getName()).as("a role constant is named as its value").isEqualTo(value);
                names.add(value);
            }
        }
        var expected = new java.util.ArrayList<>(Arrays.stream(Role.values()).map(Role::name).toList());
        expected.add(Roles.CUSTOMER);

        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_shared_rules_name_every_staff_role() {
        for (Role role : Role.values()) {
            assertThat(Roles.ANY_STAFF).contains("'" + role.name() + "'");
        }
        assertThat(Roles.ANY_STAFF).doesNotContain(Roles.CUSTOMER);
        assertThat(Roles.ADMINS_ONLY).isEqualTo("hasRole('ADMIN')");
    }
}
