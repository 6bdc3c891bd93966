package pl.koordynator.es.publicservices.web;

import java.util.List;

import pl.koordynator.es.shared.FormValues;
import pl.koordynator.es.publicservices.EmploymentGroup;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.LotView;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

import static pl.koordynator.es.shared.FormValues.amount;
import static pl.koordynator.es.shared.FormValues.choice;
import static pl.koordynator.es.shared.FormValues.date;
import static pl.koordynator.es.shared.FormValues.strip;
import static pl.koordynator.es.shared.FormValues.text;
import static pl.koordynator.es.shared.FormValues.whole;
import static pl.koordynator.es.shared.FormValues.yesNo;

/**
 * One lot of the procurement form: its clauses (a fieldset) and its outcome (a collapsible section).
 * Numbers, amounts and dates are kept as typed, so that a value the form cannot read is shown back
 * with its problem rather than lost.
 */
public class ProcurementLotForm {

    private Integer number;
    private String title;
    private String estimatedValue;
    private String reservedArt94;
    private boolean employmentContractArt95;
    private String employmentArt96Group;
    private String employmentArt96Persons;
    private String employmentArt96Months;
    private String socialCriterionWeight;
    private boolean socialServicesArt359;
    private boolean reservedArt361;
    private String result;
    private String bidsReceived;
    private String pesBid;
    private String socialEnterpriseBid;
    private Long contractorId;
    private String contractorName;
    private String contractorNip;
    private String contractValue;
    private String contractStart;
    private String contractEnd;
    private String personsEmployed;

    public ProcurementLotForm() {
    }

    ProcurementLotForm(int number) {
        this.number = number;
        this.result = LotResult.PENDING.name();
    }

    static ProcurementLotForm of(LotView lot) {
        ProcurementLotForm form = new ProcurementLotForm(lot.number());
        form.title = lot.title();
        form.estimatedValue = text(lot.estimatedValue());
        form.reservedArt94 = text(lot.reservedArt94());
        form.employmentContractArt95 = lot.employmentContractArt95();
        form.employmentArt96Group = text(lot.employmentArt96Group());
        form.employmentArt96Persons = text(lot.employmentArt96Persons());
        form.employmentArt96Months = text(lot.employmentArt96Months());
        form.socialCriterionWeight = text(lot.socialCriterionWeight());
        form.socialServicesArt359 = lot.socialServicesArt359();
        form.reservedArt361 = lot.reservedArt361();
        form.result = text(lot.result());
        form.bidsReceived = text(lot.bidsReceived());
        form.pesBid = text(lot.pesBid());
        form.socialEnterpriseBid = text(lot.socialEnterpriseBid());
        form.contractorId = lot.contractorId();
        form.contractorName = lot.contractorName();
        form.contractorNip = lot.contractorNip();
        form.contractValue = text(lot.contractValue());
        form.contractStart = text(lot.contractStart());
        form.contractEnd = text(lot.contractEnd());
        form.personsEmployed = text(lot.personsEmployed());
        return form;
    }

    /** The lot for the service; {@code prefix} like {@code lots[1].} names its fields in problems. */
    LotInput toInput(int position, String prefix, Long contractor, List<FieldProblem> problems) {
        return new LotInput(position, strip(title), amount(estimatedValue, prefix + "estimatedValue", problems),
                choice(ReservedFor.class, reservedArt94, prefix + "reservedArt94", problems), employmentContractArt95,
                choice(EmploymentGroup.class, employmentArt96Group, prefix + "employmentArt96Group", problems),
                whole(employmentArt96Persons, prefix + "employmentArt96Persons", problems),
                whole(employmentArt96Months, prefix + "employmentArt96Months", problems),
                amount(socialCriterionWeight, prefix + "socialCriterionWeight", problems), socialServicesArt359,
                reservedArt361, choice(LotResult.class, result, prefix + "result", problems),
                whole(bidsReceived, prefix + "bidsReceived", problems), yesNo(pesBid), yesNo(socialEnterpriseBid),
                contractor, strip(contractorName), strip(contractorNip),
                amount(contractValue, prefix + "contractValue", problems),
                date(contractStart, prefix + "contractStart", problems),
                date(contractEnd, prefix + "contractEnd", problems),
                whole(personsEmployed, prefix + "personsEmployed", problems));
    }

    /** Whether any outcome field is filled: the page opens the outcome section then. */
    public boolean hasOutcome() {
        return (result != null && !LotResult.PENDING.name().equals(result)) || strip(bidsReceived) != null
                || strip(contractorName) != null || strip(contractValue) != null || strip(pesBid) != null;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEstimatedValue() {
        return estimatedValue;
    }

    public void setEstimatedValue(String estimatedValue) {
        this.estimatedValue = estimatedValue;
    }

    public String getReservedArt94() {
        return reservedArt94;
    }

    public void setReservedArt94(String reservedArt94) {
        this.reservedArt94 = reservedArt94;
    }

    public boolean isEmploymentContractArt95() {
        return employmentContractArt95;
    }

    public void setEmploymentContractArt95(boolean employmentContractArt95) {
        this.employmentContractArt95 = employmentContractArt95;
    }

    public String getEmploymentArt96Group() {
        return employmentArt96Group;
    }

    public void setEmploymentArt96Group(String employmentArt96Group) {
        this.employmentArt96Group = employmentArt96Group;
    }

    public String getEmploymentArt96Persons() {
        return employmentArt96Persons;
    }

    public void setEmploymentArt96Persons(String employmentArt96Persons) {
        this.employmentArt96Persons = employmentArt96Persons;
    }

    public String getEmploymentArt96Months() {
        return employmentArt96Months;
    }

    public void setEmploymentArt96Months(String employmentArt96Months) {
        this.employmentArt96Months = employmentArt96Months;
    }

    public String getSocialCriterionWeight() {
        return socialCriterionWeight;
    }

    public void setSocialCriterionWeight(String socialCriterionWeight) {
        this.socialCriterionWeight = socialCriterionWeight;
    }

    public boolean isSocialServicesArt359() {
        return socialServicesArt359;
    }

    public void setSocialServicesArt359(boolean socialServicesArt359) {
        this.socialServicesArt359 = socialServicesArt359;
    }

    public boolean isReservedArt361() {
        return reservedArt361;
    }

    public void setReservedArt361(boolean reservedArt361) {
        this.reservedArt361 = reservedArt361;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getBidsReceived() {
        return bidsReceived;
    }

    public void setBidsReceived(String bidsReceived) {
        this.bidsReceived = bidsReceived;
    }

    public String getPesBid() {
        return pesBid;
    }

    public void setPesBid(String pesBid) {
        this.pesBid = pesBid;
    }

    public String getSocialEnterpriseBid() {
        return socialEnterpriseBid;
    }

    public void setSocialEnterpriseBid(String socialEnterpriseBid) {
        this.socialEnterpriseBid = socialEnterpriseBid;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public void setContractorId(Long contractorId) {
        this.contractorId = contractorId;
    }

    public String getContractorName() {
        return contractorName;
    }

    public void setContractorName(String contractorName) {
        this.contractorName = contractorName;
    }

    public String getContractorNip() {
        return contractorNip;
    }

    public void setContractorNip(String contractorNip) {
        this.contractorNip = contractorNip;
    }

    public String getContractValue() {
        return contractValue;
    }

    public void setContractValue(String contractValue) {
        this.contractValue = contractValue;
    }

    public String getContractStart() {
        return contractStart;
    }

    public void setContractStart(String contractStart) {
        this.contractStart = contractStart;
    }

    public String getContractEnd() {
        return contractEnd;
    }

    public void setContractEnd(String contractEnd) {
        this.contractEnd = contractEnd;
    }

    public String getPersonsEmployed() {
        return personsEmployed;
    }

    public void setPersonsEmployed(String personsEmployed) {
        this.personsEmployed = personsEmployed;
    }
}
