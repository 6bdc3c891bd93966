package pl.koordynator.es.publicservices.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.amount;
import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.text;

/**
 * The procurement form of ROPS and of a PARTNER for its own JST: the procurement and its lots in one
 * form. The CPV codes are typed in one box, separated by commas, spaces or new lines. A lot is added
 * or removed by a submit button that shows the form again, so no script is needed.
 */
public class ProcurementForm {

    private static final Pattern CPV_PROBLEM = Pattern.compile("cpvCodes(\\[\\d+\\])?");

    private Long buyerId;
    private String buyerName;
    private String title;
    private String noticeNumber;
    private String ocdsId;
    private String cpvCodes;
    private String estimatedValue;
    private String awardedValue;
    private String valueComment;
    private String procedure = "BASIC";
    private String noticeDate;
    private String bidDeadline;
    private String gminaTeryt;
    private List<ProcurementLotForm> lots = new ArrayList<>();
    private long version;

    public ProcurementForm() {
    }

    /** An empty form with one lot. */
    static ProcurementForm empty() {
        ProcurementForm form = new ProcurementForm();
        form.lots.add(new ProcurementLotForm(1));
        return form;
    }

    static ProcurementForm of(ProcurementView procurement) {
        ProcurementForm form = new ProcurementForm();
        form.buyerId = procurement.buyerId();
        form.buyerName = procurement.buyerName();
        form.title = procurement.title();
        form.noticeNumber = procurement.noticeNumber();
        form.ocdsId = procurement.ocdsId();
        form.cpvCodes = String.join(", ", procurement.cpvCodes());
        form.estimatedValue = text(procurement.estimatedValue());
        form.awardedValue = text(procurement.awardedValue());
        form.valueComment = procurement.valueComment();
        form.procedure = text(procurement.procedure());
        form.noticeDate = text(procurement.noticeDate());
        form.bidDeadline = text(procurement.bidDeadline());
        form.gminaTeryt = procurement.gminaTeryt();
        form.lots = new ArrayList<>(procurement.lots().stream().map(ProcurementLotForm::of).toList());
        form.version = procurement.version();
        return form;
    }

    /**
     * The procurement for the service, for the buyer given; {@code contractorOf} the register's id
     * of a lot's contractor (the one kept, or one named exactly so), or null.
     */
    ProcurementInput toInput(Long buyer, Function<ProcurementLotForm, Long> contractorOf) {
        List<FieldProblem> problems = new ArrayList<>();
        ProcurementProcedure chosen = choice(ProcurementProcedure.class, procedure, "procedure", problems);
        List<LotInput> lotInputs = new ArrayList<>();
        for (int i = 0; i < lots.size(); i++) {
            ProcurementLotForm lot = lots.get(i);
            lotInputs.add(lot.toInput(i + 1, "lots[" + i + "].", contractorOf.apply(lot), problems));
        }
        ProcurementInput input = new ProcurementInput(buyer, strip(title), strip(noticeNumber), strip(ocdsId),
                cpvList(), amount(estimatedValue, "estimatedValue", problems),
                amount(awardedValue, "awardedValue", problems), strip(valueComment), chosen,
                date(noticeDate, "noticeDate", problems), date(bidDeadline, "bidDeadline", problems),
                strip(gminaTeryt), lotInputs);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return input;
    }

    List<String> cpvList() {
        String codes = strip(cpvCodes);
        return codes == null ? List.of() : Arrays.stream(codes.split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
    }

    /** The service's problems on the form's fields: every CPV code is the one box. */
    InvalidInputException onFields(InvalidInputException problems) {
        return new InvalidInputException(problems.problems().stream().map(p -> {
            String field = p.field();
            if (field != null) {
                Matcher cpv = CPV_PROBLEM.matcher(field);
                if (cpv.matches()) {
                    field = "cpvCodes";
                }
            }
            return new FieldProblem(field, p.messageKey(), p.arguments());
        }).toList());
    }

    /** Adds an empty lot at the end. */
    void addLot() {
        lots.add(new ProcurementLotForm(lots.size() + 1));
    }

    /** Removes a lot (the last one stays) and numbers the rest again. */
    void removeLot(int index) {
        if (lots.size() > 1 && index >= 0 && index < lots.size()) {
            lots.remove(index);
        }
        for (int i = 0; i < lots.size(); i++) {
            lots.get(i).setNumber(i + 1);
        }
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public void setBuyerId(Long buyerId) {
        this.buyerId = buyerId;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public void setBuyerName(String buyerName) {
        this.buyerName = buyerName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNoticeNumber() {
        return noticeNumber;
    }

    public void setNoticeNumber(String noticeNumber) {
        this.noticeNumber = noticeNumber;
    }

    public String getOcdsId() {
        return ocdsId;
    }

    public void setOcdsId(String ocdsId) {
        this.ocdsId = ocdsId;
    }

    public String getCpvCodes() {
        return cpvCodes;
    }

    public void setCpvCodes(String cpvCodes) {
        this.cpvCodes = cpvCodes;
    }

    public String getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(String estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public String getAwardedValue() {
        return awardedValue;
    }

    public void setAwardedValue(String awardedValue) {
        this.awardedValue = awardedValue;
    }

    public String getValueComment() {
        return valueComment;
    }

    public void setValueComment(String valueComment) {
        this.valueComment = valueComment;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getNoticeDate() {
        return noticeDate;
    }

    public void setNoticeDate(String noticeDate) {
        this.noticeDate = noticeDate;
    }

    public String getBidDeadline() {
        return bidDeadline;
    }

    public void setBidDeadline(String bidDeadline) {
        this.bidDeadline = bidDeadline;
    }

    public String getGminaTeryt() {
        return gminaTeryt;
    }

    public void setGminaTeryt(String gminaTeryt) {
        this.gminaTeryt = gminaTeryt;
    }

    public List<ProcurementLotForm> getLots() {
        return lots;
    }

    public void setLots(List<ProcurementLotForm> lots) {
        this.lots = lots;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
