package tw.mainstream.shared.cluster;

/** Which entity classes the change log carries, and how their ids are read back. */
final class ChangeTypes {

    private ChangeTypes() {
    }

    static boolean isLogged(Class<?> type) {
        String name = type.getName();
        return name.startsWith("tw.mainstream.") && !name.startsWith("tw.mainstream.shared.audit.");
    }

    /** The class named in the log, or null when this version of the application does not have it. */
    static Class<?> type(String name) {
        try {
            Class<?> type = Class.forName(name, false, ChangeTypes.class.getClassLoader());
            return isLogged(type) ? type : null;
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** Ids are numbers for every entity here ({@code BaseEntity}); anything else stays text. */
    static Object id(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
