package pl.koordynator.es.programme.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;
import pl.koordynator.es.programme.NodeLevel;
import pl.koordynator.es.programme.domain.NodeInput;
import pl.koordynator.es.programme.domain.ProgrammeView.NodeView;
import pl.koordynator.es.programme.domain.ProgrammeView.OrganisationRef;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The form of a priority, specific objective, action or project node. An action's organisations
 * are pickers (a search box and the chosen id): those chosen before and two empty ones, so more
 * are added a save at a time even without JavaScript; an empty picker sends nothing.
 */
public class NodeForm {

    static final int EMPTY_PICKERS = 2;
    private static final Pattern LISTED = Pattern.compile("^(responsible|partners)\\[(\\d+)]$");

    private NodeLevel level;
    private Long parentId;
    private String code;
    private String name;
    private String weight = "1";
    private String comment;
    private List<Long> responsible = new ArrayList<>();
    private List<String> responsibleNames = new ArrayList<>();
    private List<Long> partners = new ArrayList<>();
    private List<String> partnerNames = new ArrayList<>();
    private String budgetPlanned;
    private String budgetSpent;
    private String actionStatus = "PLANNED";
    private Long version;

    private final List<Integer> sentResponsible = new ArrayList<>();
    private final List<Integer> sentPartners = new ArrayList<>();

    static NodeForm empty(NodeLevel level, Long parentId, long version) {
        NodeForm form = new NodeForm();
        form.level = level;
        form.parentId = parentId;
        form.version = version;
        form.withEmptyPickers();
        return form;
    }

    static NodeForm of(NodeView node, long version) {
        NodeForm form = new NodeForm();
        form.level = node.level();
        form.code = node.code();
        form.name = node.name();
        form.weight = IndicatorForm.typed(node.weight());
        form.comment = node.comment();
        for (OrganisationRef organisation : node.responsible()) {
            form.responsible.add(organisation.id());
            form.responsibleNames.add(organisation.name());
        }
        for (OrganisationRef organisation : node.partners()) {
            form.partners.add(organisation.id());
            form.partnerNames.add(organisation.name());
        }
        form.budgetPlanned = IndicatorForm.typed(node.budgetPlanned());
        form.budgetSpent = IndicatorForm.typed(node.budgetSpent());
        form.actionStatus = node.actionStatus() == null ? "PLANNED" : node.actionStatus();
        form.version = version;
        form.withEmptyPickers();
        return form;
    }

    /** Pickers as many as the names typed or ids sent, and the empty ones after them. */
    NodeForm withEmptyPickers() {
        trim(responsible, responsibleNames);
        trim(partners, partnerNames);
        for (int i = 0; i < EMPTY_PICKERS; i++) {
            responsible.add(null);
            responsibleNames.add(null);
            partners.add(null);
            partnerNames.add(null);
        }
        return this;
    }

    /** Each picker's organisation resolved from its id and typed name (see {@code shared.PickedOrganisation}). */
    void pick(BiFunction<Long, String, Long> picked) {
        align(responsible, responsibleNames);
        align(partners, partnerNames);
        for (int i = 0; i < responsible.size(); i++) {
            responsible.set(i, picked.apply(responsible.get(i), responsibleNames.get(i)));
        }
        for (int i = 0; i < partners.size(); i++) {
            partners.set(i, picked.apply(partners.get(i), partnerNames.get(i)));
        }
    }

    /** The input for the service, or null when a number could not be read (rejected in {@code result}). */
    NodeInput toInput(Long id, BindingResult result) {
        BigDecimal weightValue = number(weight, "weight", result);
        BigDecimal planned = number(budgetPlanned, "budgetPlanned", result);
        BigDecimal spent = number(budgetSpent, "budgetSpent", result);
        if (result.hasErrors()) {
            return null;
        }
        return new NodeInput(id, id == null ? level : null, blank(code), blank(name), weightValue, blank(comment),
                sent(responsible, sentResponsible), sent(partners, sentPartners), planned, spent, blank(actionStatus),
                null, new ArrayList<>(), new ArrayList<>());
    }

    /** The service's problems with organisations named by the form's pickers. */
    InvalidInputException onPickers(InvalidInputException problems) {
        List<FieldProblem> renamed = new ArrayList<>();
        for (FieldProblem problem : problems.problems()) {
            Matcher listed = LISTED.matcher(problem.field());
            List<Integer> rows = listed.matches() && listed.group(1).equals("responsible") ? sentResponsible : sentPartners;
            if (listed.matches() && Integer.parseInt(listed.group(2)) < rows.size()) {
                renamed.add(new FieldProblem(listed.group(1) + "[" + rows.get(Integer.parseInt(listed.group(2))) + "]",
                        problem.messageKey(), problem.arguments()));
            } else {
                renamed.add(problem);
            }
        }
        return new InvalidInputException(renamed);
    }

    private static List<Long> sent(List<Long> ids, List<Integer> rows) {
        rows.clear();
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null) {
                sent.add(ids.get(i));
                rows.add(i);
            }
        }
        return sent;
    }

    private static void align(List<Long> ids, List<String> names) {
        while (names.size() < ids.size()) {
            names.add(null);
        }
        while (ids.size() < names.size()) {
            ids.add(null);
        }
    }

    /** Drops the empty pickers at the end, so a form shown again gets its empty ones once. */
    private static void trim(List<Long> ids, List<String> names) {
        align(ids, names);
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (ids.get(i) == null && (names.get(i) == null || names.get(i).isBlank())) {
                ids.remove(i);
                names.remove(i);
            } else {
                break;
            }
        }
    }

    private static BigDecimal number(String text, String field, BindingResult result) {
        try {
            return ManualValueForm.number(text);
        } catch (NumberFormatException notANumber) {
            result.rejectValue(field, "programme.forms.notANumber");
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public NodeLevel getLevel() {
        return level;
    }

    public void setLevel(NodeLevel level) {
        this.level = level;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWeight() {
        return weight;
    }

    public void setWeight(String weight) {
        this.weight = weight;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Long> getResponsible() {
        return responsible;
    }

    public void setResponsible(List<Long> responsible) {
        this.responsible = responsible;
    }

    public List<String> getResponsibleNames() {
        return responsibleNames;
    }

    public void setResponsibleNames(List<String> responsibleNames) {
        this.responsibleNames = responsibleNames;
    }

    public List<Long> getPartners() {
        return partners;
    }

    public void setPartners(List<Long> partners) {
        this.partners = partners;
    }

    public List<String> getPartnerNames() {
        return partnerNames;
    }

    public void setPartnerNames(List<String> partnerNames) {
        this.partnerNames = partnerNames;
    }

    public String getBudgetPlanned() {
        return budgetPlanned;
    }

    public void setBudgetPlanned(String budgetPlanned) {
        this.budgetPlanned = budgetPlanned;
    }

    public String getBudgetSpent() {
        return budgetSpent;
    }

    public void setBudgetSpent(String budgetSpent) {
        this.budgetSpent = budgetSpent;
    }

    public String getActionStatus() {
        return actionStatus;
    }

    public void setActionStatus(String actionStatus) {
        this.actionStatus = actionStatus;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
