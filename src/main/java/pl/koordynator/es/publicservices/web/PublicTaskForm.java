package pl.koordynator.es.publicservices.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.PublicTaskInput;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.amount;
import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.text;

/** The public task form: the open call, the amount, the winner (by name, found in the register when it is there) and the period. */
public class PublicTaskForm {

    private Long jstId;
    private String jstName;
    private String callTitle;
    private String callNumber;
    private String area;
    private String callDate;
    private String offerDeadline;
    private String amount;
    private Long winnerId;
    private String winnerName;
    private String winnerNip;
    private String periodStart;
    private String periodEnd;
    private long version;

    static PublicTaskForm of(PublicTaskView task) {
        PublicTaskForm form = new PublicTaskForm();
        form.jstId = task.jstId();
        form.jstName = task.jstName();
        form.callTitle = task.callTitle();
        form.callNumber = task.callNumber();
        form.area = text(task.area());
        form.callDate = text(task.callDate());
        form.offerDeadline = text(task.offerDeadline());
        form.amount = text(task.amount());
        form.winnerId = task.winnerId();
        form.winnerName = task.winnerName();
        form.winnerNip = task.winnerNip();
        form.periodStart = text(task.periodStart());
        form.periodEnd = text(task.periodEnd());
        form.version = task.version();
        return form;
    }

    PublicTaskInput toInput(Long jst, Long winner) {
        List<FieldProblem> problems = new ArrayList<>();
        PublicTaskInput input = new PublicTaskInput(jst, strip(callTitle), strip(callNumber),
                choice(PublicBenefitArea.class, area, "area", problems), date(callDate, "callDate", problems),
                date(offerDeadline, "offerDeadline", problems), amount(amount, "amount", problems), winner,
                strip(winnerName), strip(winnerNip), date(periodStart, "periodStart", problems),
                date(periodEnd, "periodEnd", problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    public Long getJstId() {
        return jstId;
    }

    public void setJstId(Long jstId) {
        this.jstId = jstId;
    }

    public String getJstName() {
        return jstName;
    }

    public void setJstName(String jstName) {
        this.jstName = jstName;
    }

    public String getCallTitle() {
        return callTitle;
    }

    public void setCallTitle(String callTitle) {
        this.callTitle = callTitle;
    }

    public String getCallNumber() {
        return callNumber;
    }

    public void setCallNumber(String callNumber) {
        this.callNumber = callNumber;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getCallDate() {
        return callDate;
    }

    public void setCallDate(String callDate) {
        this.callDate = callDate;
    }

    public String getOfferDeadline() {
        return offerDeadline;
    }

    public void setOfferDeadline(String offerDeadline) {
        this.offerDeadline = offerDeadline;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Long getWinnerId() {
        return winnerId;
    }

    public void setWinnerId(Long winnerId) {
        this.winnerId = winnerId;
    }

    public String getWinnerName() {
        return winnerName;
    }

    public void setWinnerName(String winnerName) {
        this.winnerName = winnerName;
    }

    public String getWinnerNip() {
        return winnerNip;
    }

    public void setWinnerNip(String winnerNip) {
        this.winnerNip = winnerNip;
    }

    public String getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(String periodStart) {
        this.periodStart = periodStart;
    }

    public String getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(String periodEnd) {
        this.periodEnd = periodEnd;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
