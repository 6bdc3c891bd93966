package pl.koordynator.es.networks.web;

import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.networks.domain.NetworkInput;
import pl.koordynator.es.networks.domain.NetworkView;

/**
 * The ROPS form of a network; the coordinator is picked from the register by name, dates as
 * dd.MM.yyyy. {@code version} comes back from the edit page so that a change someone else saved
 * in between is refused rather than overwritten.
 */
class NetworkForm {

    private String name;
    private String kind;
    private String description;
    private String territory = "REGION";
    private Long subregionId;
    private List<String> powiatTeryts = new ArrayList<>();
    private Long coordinatorId;
    private String coordinatorName;
    private String foundedOn;
    private String endedOn;
    private String status = "ACTIVE";
    private boolean publicNetwork = true;
    private Long version;

    static NetworkForm of(NetworkView network) {
        NetworkForm form = new NetworkForm();
        form.name = network.name();
        form.kind = network.kind().name();
        form.description = network.description();
        form.territory = network.territory().name();
        form.subregionId = network.subregionId();
        form.powiatTeryts = new ArrayList<>(network.powiatTeryts());
        form.coordinatorId = network.coordinatorId();
        form.coordinatorName = network.coordinatorName();
        form.foundedOn = network.foundedOn() == null ? null : NetworkChoices.DAY.format(network.foundedOn());
        form.endedOn = network.endedOn() == null ? null : NetworkChoices.DAY.format(network.endedOn());
        form.status = network.status().name();
        form.publicNetwork = network.publicNetwork();
        form.version = network.version();
        return form;
    }

    NetworkInput toInput(Long pickedCoordinator) {
        return new NetworkInput(name, kind, description, territory, subregionId, powiatTeryts, pickedCoordinator,
                foundedOn, endedOn, status, publicNetwork, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTerritory() {
        return territory;
    }

    public void setTerritory(String territory) {
        this.territory = territory;
    }

    public Long getSubregionId() {
        return subregionId;
    }

    public void setSubregionId(Long subregionId) {
        this.subregionId = subregionId;
    }

    public List<String> getPowiatTeryts() {
        return powiatTeryts;
    }

    public void setPowiatTeryts(List<String> powiatTeryts) {
        this.powiatTeryts = powiatTeryts == null ? new ArrayList<>() : powiatTeryts;
    }

    public Long getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(Long coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public void setCoordinatorName(String coordinatorName) {
        this.coordinatorName = coordinatorName;
    }

    public String getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(String foundedOn) {
        this.foundedOn = foundedOn;
    }

    public String getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(String endedOn) {
        this.endedOn = endedOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isPublicNetwork() {
        return publicNetwork;
    }

    public void setPublicNetwork(boolean publicNetwork) {
        this.publicNetwork = publicNetwork;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
