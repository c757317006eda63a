package tw.mainstream.statistics.microdata;

import java.util.List;

/** Which values of the sex column mean female and male; anything else counts as unknown. */
public record SexCoding(List<String> female, List<String> male) {

    /** 女/男, F/M, female/male, and the household-registration codes 2/1. */
    public static final SexCoding DEFAULT = new SexCoding(
            List.of("女", "F", "f", "female", "Female", "2"),
            List.of("男", "M", "m", "male", "Male", "1"));

    public SexCoding {
        female = female == null ? List.of() : List.copyOf(female);
        male = male == null ? List.of() : List.copyOf(male);
    }

    boolean isFemale(String value) {
        return value != null && female.contains(value);
    }

    boolean isMale(String value) {
        return value != null && male.contains(value);
    }
}
