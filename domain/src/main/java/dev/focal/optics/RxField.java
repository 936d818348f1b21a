package dev.focal.optics;

/**
 * The fields of a prescription form, so a problem can be shown where it was typed. {@link #key()} is the name
 * forms and the API use ({@code od.sph}, {@code pd.near}).
 */
public enum RxField {
    OD_SPH("od.sph", "Right SPH"), OD_CYL("od.cyl", "Right CYL"), OD_AXIS("od.axis", "Right AXIS"),
    OD_ADD("od.add", "Right ADD"), OD_PRISM_H("od.prismH", "Right horizontal prism"),
    OD_PRISM_V("od.prismV", "Right vertical prism"), OD_HEIGHT("od.height", "Right fitting height"),
    OD_BRAND("od.brand", "Right lens brand"), OD_BASE_CURVE("od.bc", "Right base curve"),
    OD_DIAMETER("od.dia", "Right diameter"),
    OS_SPH("os.sph", "Left SPH"), OS_CYL("os.cyl", "Left CYL"), OS_AXIS("os.axis", "Left AXIS"),
    OS_ADD("os.add", "Left ADD"), OS_PRISM_H("os.prismH", "Left horizontal prism"),
    OS_PRISM_V("os.prismV", "Left vertical prism"), OS_HEIGHT("os.height", "Left fitting height"),
    OS_BRAND("os.brand", "Left lens brand"), OS_BASE_CURVE("os.bc", "Left base curve"),
    OS_DIAMETER("os.dia", "Left diameter"),
    PD("pd", "PD"), PD_RIGHT("pd.right", "Right PD"), PD_LEFT("pd.left", "Left PD"), PD_NEAR("pd.near", "Near PD"),
    VERTEX("vertex", "Vertex distance"),
    /** The prescription as a whole (a rule across fields). */
    RX("rx", "Prescription");

    private final String key;
    private final String label;

    RxField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The same field of the other eye's row, or this field for fields that are not per eye. */
    public RxField forEye(Eye eye) {
        if (!key.startsWith("od.") && !key.startsWith("os.")) {
            return this;
        }
        String wanted = (eye == Eye.RIGHT ? "od" : "os") + key.substring(2);
        for (RxField field : values()) {
            if (field.key.equals(wanted)) {
                return field;
            }
        }
        throw new IllegalStateException(wanted);
    }

    /** Right (OD, oculus dexter) or left (OS, oculus sinister). */
    public enum Eye {
        RIGHT("OD", "right"), LEFT("OS", "left");

        private final String code;
        private final String word;

        Eye(String code, String word) {
            this.code = code;
            this.word = word;
        }

        public String code() {
            return code;
        }

        public String word() {
            return word;
        }
    }
}
