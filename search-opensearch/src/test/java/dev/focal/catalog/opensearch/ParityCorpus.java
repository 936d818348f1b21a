package dev.focal.catalog.opensearch;

import dev.focal.catalog.Category;
import dev.focal.catalog.ProductId;
import dev.focal.catalog.SearchDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Sixty hand-made search documents for the parity suite: frames of six fictional brands in every shape and
 * material, sunglasses and readers, a few contact lenses, lenses and accessories, two inactive products, products
 * without a price, names that tie, words repeated in descriptions, and codes and SKUs with dashes.
 */
final class ParityCorpus {

    static final Instant START = Instant.parse("2026-01-05T09:00:00.123456Z");

    private ParityCorpus() {
    }

    static List<SearchDocument> documents() {
        var docs = new ArrayList<SearchDocument>();
        // code, name, brand, shape, material, rim, gender, colours, sizes, price, description
        frame(docs, "AUR-101", "Lumen", "Aurora", "ROUND", "ACETATE", "FULL", "WOMEN", "Black,Tortoise", "SMALL,MEDIUM", "129.00", "A round acetate frame with keyhole bridge.");
        frame(docs, "AUR-102", "Lumen Slim", "Aurora", "ROUND", "METAL", "FULL", "UNISEX", "Gold,Silver", "MEDIUM", "149.00", "Thin metal round frame, light and round.");
        frame(docs, "AUR-103", "Halo", "Aurora", "OVAL", "TITANIUM", "RIMLESS", "UNISEX", "Silver", "MEDIUM,LARGE", "219.00", "Rimless titanium for everyday wear.");
        frame(docs, "AUR-104", "Vesper", "Aurora", "CAT_EYE", "ACETATE", "FULL", "WOMEN", "Black,Red", "SMALL", "139.00", "Bold cat eye in polished acetate.");
        frame(docs, "AUR-105", "Meridian", "Aurora", "RECTANGLE", "ACETATE", "FULL", "MEN", "Black,Navy", "LARGE", "119.00", "Classic rectangle with spring hinges.");
        frame(docs, "AUR-106", "Orbit", "Aurora", "ROUND", "TITANIUM", "SEMI", "UNISEX", "Gunmetal", "MEDIUM", "189.00", "Semi-rimless round titanium.");
        frame(docs, "AUR-107", "Lumen", "Aurora", "ROUND", "ACETATE", "FULL", "WOMEN", "Crystal", "SMALL", "129.00", "Crystal edition of a round favourite.");
        frame(docs, "BRT-201", "Axis", "Brightline", "RECTANGLE", "METAL", "SEMI", "MEN", "Gunmetal,Black", "MEDIUM,LARGE", "99.00", "Rectangular semi-rimless metal frame.");
        frame(docs, "BRT-202", "Axis Wide", "Brightline", "RECTANGLE", "METAL", "SEMI", "MEN", "Black", "LARGE", "109.00", "The wider rectangle for broad faces.");
        frame(docs, "BRT-203", "Grid", "Brightline", "SQUARE", "TR90", "FULL", "UNISEX", "Blue,Black", "MEDIUM", "89.00", "Flexible TR90 square that bends.");
        frame(docs, "BRT-204", "Grid Junior", "Brightline", "SQUARE", "TR90", "FULL", "UNISEX", "Blue,Green", "SMALL", "69.00", "Square and tough for small faces.");
        frame(docs, "BRT-205", "Vector", "Brightline", "GEOMETRIC", "METAL", "FULL", "UNISEX", "Gold", "MEDIUM", "159.00", "Geometric octagon in gold metal.");
        frame(docs, "BRT-206", "Pilot", "Brightline", "AVIATOR", "METAL", "FULL", "MEN", "Gold,Silver", "LARGE", "145.00", "The aviator, double bridge.");
        frame(docs, "BRT-207", "Axis", "Brightline", "RECTANGLE", "ACETATE", "FULL", "WOMEN", "Tortoise", "SMALL", "99.00", "Rectangle acetate in tortoise.");
        frame(docs, "CBL-301", "Harbour", "Cobalt", "BROWLINE", "MIXED", "SEMI", "MEN", "Black,Tortoise", "MEDIUM,LARGE", "175.00", "Browline with acetate brow and metal rim.");
        frame(docs, "CBL-302", "Quay", "Cobalt", "ROUND", "MIXED", "FULL", "UNISEX", "Tortoise,Gold", "MEDIUM", "165.00", "Round mixed materials, tortoise and gold.");
        frame(docs, "CBL-303", "Tide", "Cobalt", "OVAL", "ACETATE", "FULL", "WOMEN", "Blue,Crystal", "SMALL", "135.00", "Soft oval in blue crystal acetate.");
        frame(docs, "CBL-304", "Anchor", "Cobalt", "SQUARE", "ACETATE", "FULL", "MEN", "Black", "LARGE", "125.00", "Heavy square acetate.");
        frame(docs, "CBL-305", "Mooring", "Cobalt", "RECTANGLE", "TITANIUM", "RIMLESS", "MEN", "Silver,Gunmetal", "MEDIUM", "249.00", "Rimless rectangle, titanium temples.");
        frame(docs, "CBL-306", "Regatta", "Cobalt", "AVIATOR", "TITANIUM", "FULL", "UNISEX", "Gold", "LARGE", "229.00", "Titanium aviator.");
        frame(docs, "DUN-401", "Sirocco", "Dune", "CAT_EYE", "ACETATE", "FULL", "WOMEN", "Red,Tortoise", "SMALL,MEDIUM", "155.00", "Cat eye with a lifted corner.");
        frame(docs, "DUN-402", "Mirage", "Dune", "OVAL", "WOOD", "FULL", "UNISEX", "Walnut", "MEDIUM", "199.00", "Oval in walnut wood, each frame unique.");
        frame(docs, "DUN-403", "Oasis", "Dune", "ROUND", "WOOD", "FULL", "UNISEX", "Walnut,Ebony", "MEDIUM", "209.00", "Round wood frame, walnut or ebony.");
        frame(docs, "DUN-404", "Dune Rectangle", "Dune", "RECTANGLE", "WOOD", "FULL", "MEN", "Ebony", "LARGE", "205.00", "A wood rectangle.");
        frame(docs, "DUN-405", "Zephyr", "Dune", "GEOMETRIC", "TITANIUM", "RIMLESS", "WOMEN", "Rose", "SMALL", "239.00", "Hexagon rimless titanium in rose.");
        frame(docs, "HAL-501", "Solace", "Halcyon", "ROUND", "ACETATE", "FULL", "UNISEX", "Black,Clear", "MEDIUM", null, "Round, calm and classic.");
        frame(docs, "HAL-502", "Serene", "Halcyon", "SQUARE", "ACETATE", "FULL", "WOMEN", "Pink,Clear", "SMALL", "95.00", "Soft square for narrow faces.");
        frame(docs, "HAL-503", "Still", "Halcyon", "RECTANGLE", "METAL", "FULL", "MEN", "Silver", "MEDIUM", "115.00", "Quiet rectangle in brushed metal.");
        frame(docs, "HAL-504", "Drift", "Halcyon", "AVIATOR", "METAL", "FULL", "UNISEX", "Gold,Black", "LARGE", "135.00", "Soft aviator, drift gold.");
        frame(docs, "HAL-505", "Calm", "Halcyon", "OVAL", "TR90", "FULL", "UNISEX", "Green", "MEDIUM", "79.00", "Oval TR90, light as air.");
        frame(docs, "FJD-601", "Nordlys", "Fjord", "ROUND", "TITANIUM", "FULL", "UNISEX", "Silver,Black", "MEDIUM", "259.00", "Round titanium from the north.");
        frame(docs, "FJD-602", "Skerry", "Fjord", "SQUARE", "ACETATE", "FULL", "MEN", "Navy,Tortoise", "LARGE", "169.00", "Square acetate, navy or tortoise.");
        frame(docs, "FJD-603", "Tern", "Fjord", "CAT_EYE", "MIXED", "SEMI", "WOMEN", "Black,Gold", "SMALL", "185.00", "Cat eye browline, black and gold.");
        frame(docs, "FJD-604", "Floe", "Fjord", "RECTANGLE", "TR90", "RIMLESS", "UNISEX", "Clear", "MEDIUM", "149.00", "Rimless rectangle in clear TR90.");
        frame(docs, "FJD-605", "Lumen", "Fjord", "OVAL", "ACETATE", "FULL", "WOMEN", "Tortoise", "MEDIUM", "129.00", "Oval tortoise, a Lumen namesake.");
        // sunglasses
        sun(docs, "AUR-S11", "Lumen Sun", "Aurora", "ROUND", "ACETATE", "Black,Tortoise", "169.00", "Round sunglasses with polarised lenses.");
        sun(docs, "BRT-S21", "Pilot Sun", "Brightline", "AVIATOR", "METAL", "Gold", "139.00", "Aviator sunglasses, gradient lenses.");
        sun(docs, "CBL-S31", "Harbour Sun", "Cobalt", "BROWLINE", "MIXED", "Black", "189.00", "Browline sunglasses.");
        sun(docs, "DUN-S41", "Sirocco Sun", "Dune", "CAT_EYE", "ACETATE", "Red", "159.00", "Cat eye sunglasses for the beach.");
        sun(docs, "FJD-S61", "Glacier", "Fjord", "RECTANGLE", "TITANIUM", "Silver", "279.00", "Rectangle sunglasses, glacier lenses.");
        sun(docs, "HAL-S51", "Shade", "Halcyon", "SQUARE", "TR90", "Black,Blue", "89.00", "Square sunglasses, sporty.");
        // readers
        reader(docs, "RDR-701", "Reader Round", "Aurora", "ROUND", "Black,Tortoise", "39.00", "Round readers in strengths 1.00 to 3.00.");
        reader(docs, "RDR-702", "Reader Rectangle", "Brightline", "RECTANGLE", "Black", "35.00", "Rectangle readers, slim case included.");
        reader(docs, "RDR-703", "Reader Fold", "Halcyon", "RECTANGLE", "Silver", "49.00", "Folding readers for the pocket.");
        // other kinds
        other(docs, "CL-801", "Daily Clear", "Optiflow", Category.CONTACT_LENSES, "30.00", "Daily disposable contact lenses, 30 pack.");
        other(docs, "CL-802", "Monthly Comfort", "Optiflow", Category.CONTACT_LENSES, "25.00", "Monthly contact lenses, silicone hydrogel.");
        other(docs, "CL-803", "Toric Daily", "Optiflow", Category.CONTACT_LENSES, "45.00", "Daily toric contact lenses for astigmatism.");
        other(docs, "LNS-901", "Single Vision 1.5", "Focal Lab", Category.LENSES, "60.00", "Single vision lens, index 1.5, anti-reflective.");
        other(docs, "LNS-902", "Progressive 1.67", "Focal Lab", Category.LENSES, "240.00", "Progressive lens, thin 1.67 index.");
        other(docs, "LNS-903", "Blue Filter 1.6", "Focal Lab", Category.LENSES, null, "Single vision with blue filter.");
        other(docs, "ACC-951", "Hard Case", "Aurora", Category.ACCESSORIES, "15.00", "A hard case for round and oval frames.");
        other(docs, "ACC-952", "Cleaning Kit", "Halcyon", Category.ACCESSORIES, "9.00", "Spray and cloth for cleaning lenses.");
        other(docs, "ACC-953", "Microfibre Cloth", "Cobalt", Category.ACCESSORIES, "5.00", "Microfibre cloth.");
        other(docs, "SRV-991", "Eye Test", "Focal", Category.SERVICES, "0.00", "A full eye test by an optometrist.");
        other(docs, "SRV-992", "Frame Adjustment", "Focal", Category.SERVICES, null, "Adjustment of any frame, free of charge.");
        // inactive: found by neither backend
        var archived = frame(docs, "AUR-199", "Lumen Archive", "Aurora", "ROUND", "ACETATE", "FULL", "WOMEN", "Black", "SMALL", "99.00", "Round, archived.");
        docs.set(docs.indexOf(archived), withActive(archived, false));
        var draft = frame(docs, "FJD-699", "Rectangle Draft", "Fjord", "RECTANGLE", "METAL", "FULL", "MEN", "Black", "MEDIUM", "120.00", "Draft rectangle.");
        docs.set(docs.indexOf(draft), withActive(draft, false));
        // more ties and repeats
        frame(docs, "GRN-110", "Round Round", "Granite", "ROUND", "METAL", "FULL", "UNISEX", "Black", "MEDIUM", "110.00", "Round round round.");
        frame(docs, "GRN-111", "Slate", "Granite", "RECTANGLE", "ACETATE", "FULL", "MEN", "Grey,Black", "LARGE", "150.00", "Slate grey rectangle at exactly 150.");
        frame(docs, "GRN-112", "Basalt", "Granite", "SQUARE", "ACETATE", "FULL", "MEN", "Black", "LARGE", "200.00", "Square at exactly 200.");
        return List.copyOf(docs);
    }

    private static SearchDocument frame(List<SearchDocument> docs, String code, String name, String brand, String shape,
                                        String material, String rim, String gender, String colours, String sizes,
                                        @Nullable String price, String description) {
        return add(docs, code, name, brand, Category.EYEGLASSES, shape, material, rim, gender, colours, sizes, price, description);
    }

    private static void sun(List<SearchDocument> docs, String code, String name, String brand, String shape,
                            String material, String colours, String price, String description) {
        add(docs, code, name, brand, Category.SUNGLASSES, shape, material, "FULL", "UNISEX", colours, "MEDIUM", price, description);
    }

    private static void reader(List<SearchDocument> docs, String code, String name, String brand, String shape,
                               String colours, String price, String description) {
        add(docs, code, name, brand, Category.READERS, shape, "TR90", "FULL", "UNISEX", colours, "MEDIUM", price, description);
    }

    private static void other(List<SearchDocument> docs, String code, String name, String brand, Category category,
                              @Nullable String price, String description) {
        add(docs, code, name, brand, category, null, null, null, null, "", "", price, description);
    }

    private static SearchDocument add(List<SearchDocument> docs, String code, String name, String brand,
                                      Category category, @Nullable String shape, @Nullable String material,
                                      @Nullable String rim, @Nullable String gender, String colours, String sizes,
                                      @Nullable String price, String description) {
        var colourList = colours.isEmpty() ? List.<String>of() : List.of(colours.split(","));
        var sizeList = sizes.isEmpty() ? List.<String>of() : List.of(sizes.split(","));
        var skus = new ArrayList<String>();
        if (colourList.isEmpty()) {
            skus.add(code);
        }
        for (String colour : colourList) {
            for (String size : sizeList) {
                skus.add(code + "-" + colour.toUpperCase().substring(0, 3) + "-" + (size.equals("SMALL") ? 48 : size.equals("MEDIUM") ? 51 : 55));
            }
        }
        int n = docs.size();
        // a few share a creation time, so NEWEST has ties too
        Instant created = START.plusSeconds(3600L * (n - n % 7 == n ? n : n - (n % 3 == 0 ? 1 : 0)));
        var doc = new SearchDocument(new ProductId(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8))), code,
                name.toLowerCase().replace(' ', '-') + "-" + code.toLowerCase(), category, true, name, brand, description,
                shape, material, rim, gender, colourList, sizeList, skus, price == null ? null : new BigDecimal(price),
                n % 4 == 0 ? null : "img-" + code.toLowerCase(), created);
        docs.add(doc);
        return doc;
    }

    private static SearchDocument withActive(SearchDocument d, boolean active) {
        return new SearchDocument(d.productId(), d.code(), d.slug(), d.category(), active, d.name(), d.brand(),
                d.description(), d.shape(), d.material(), d.rimType(), d.gender(), d.colours(), d.sizeClasses(),
                d.skus(), d.fromPrice(), d.imageId(), d.createdAt());
    }
}
