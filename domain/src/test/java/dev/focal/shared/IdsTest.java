package dev.focal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void ids_are_version_7_and_unique() {
        var seen = new HashSet<java.util.UUID>();
        for (int i = 0; i < 10_000; i++) {
            var id = Ids.newId();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void ids_from_later_milliseconds_sort_later() throws InterruptedException {
        var ids = new ArrayList<java.util.UUID>();
        for (int i = 0; i < 3; i++) {
            ids.add(Ids.newId());
            Thread.sleep(2);
        }
        assertThat(ids.get(0).getMostSignificantBits() >>> 16).isLessThan(ids.get(1).getMostSignificantBits() >>> 16);
        assertThat(ids.get(1).getMostSignificantBits() >>> 16).isLessThan(ids.get(2).getMostSignificantBits() >>> 16);
    }
}
