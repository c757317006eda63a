package tw.mainstream.committee.web;

import java.time.LocalDate;

/** Ending a seat: the date and the reason (辭職、調職、任期屆滿 …). */
public class EndForm {
    private Long version;
    private LocalDate endedOn;
    private String endReason;

    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate v) { this.endedOn = v; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String v) { this.endReason = v; }
}
