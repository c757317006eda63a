package tw.mainstream.statistics;

/** The five categories of gender budget: 計畫類, 綱領類, 工具類, 性平法令類, 其他類. */
public enum BudgetCategory {
    PLAN("計畫類"), PROGRAM("綱領類"), TOOL("工具類"), LAW("性平法令類"), OTHER("其他類");

    private final String label;

    BudgetCategory(String label) {
        this.label = label;
    }

    /** The Chinese name used in the official tables and exports. */
    public String label() {
        return label;
    }
}
