package dev.focal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.focal.catalog.FrameSpec.Material;
import dev.focal.catalog.FrameSpec.RimType;
import dev.focal.catalog.FrameSpec.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogDemoDataTest {

    /** "a" before a vowel sound, or "an" before a consonant one (every word here sounds as it is spelled). */
    private static final Pattern WRONG_ARTICLE = Pattern.compile("\\b(?:[Aa] [AEIOUaeiou]|[Aa]n [^AEIOUaeiou\\W])");

    @Test
    void no_demo_description_puts_a_before_a_vowel_sound_or_an_before_a_consonant() {
        var descriptions = new ArrayList<String>();
        for (Category category : List.of(Category.EYEGLASSES, Category.SUNGLASSES, Category.READERS)) {
            for (Shape shape : Shape.values()) {
                for (Material material : Material.values()) {
                    for (RimType rim : RimType.values()) {
                        descriptions.add(CatalogDemoData.description("Ada", "Lumen", shape, material, rim, category));
                    }
                }
            }
        }

        for (String[] accessory : CatalogDemoData.ACCESSORIES) {
            descriptions.add(accessory[3]);
        }
        for (String[] service : CatalogDemoData.SERVICES) {
            descriptions.add(service[2]);
        }

        assertThat(descriptions).contains("Ada by Lumen is an oval full rim frame in acetate."
                + " Hand-polished acetate with spring hinges for a comfortable, lasting fit.");
        assertThat(descriptions).noneMatch(d -> WRONG_ARTICLE.matcher(d).find());
    }
}
