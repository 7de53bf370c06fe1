package sunshine.petitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import sunshine.agency.Agency;

/**
 * Where a petition may be 转送 (《信访工作条例》第二十二条: to the organ competent to handle it): the
 * other agencies of the region's tree, and the competent organs outside it that the region names —
 * people's governments, their departments, courts — in {@code sunshine.petitions.transfer.organs}. The
 * organ is always chosen from this list, never typed, so the record names an organ that exists.
 *
 * @param organs the names of competent organs outside the agency tree, as they are to appear on the
 *        citizen's notice (e.g. {@code 银川市人民政府})
 */
@ConfigurationProperties("sunshine.petitions.transfer")
public record TransferOrgans(@DefaultValue List<String> organs) {

	/** The organs a petition held by {@code holder} may go to: the other agencies of the tree, then the named organs. */
	public List<String> from(Agency holder, List<Agency> tree) {
		var names = new ArrayList<String>();
		Set<String> seen = new TreeSet<>(Set.of(holder.getName())); // never to itself
		for (Agency agency : tree) {
			if (agency.getId().longValue() != holder.getId().longValue() && seen.add(agency.getName())) {
				names.add(agency.getName());
			}
		}
		for (String organ : organs) {
			if (organ != null && !organ.isBlank() && seen.add(organ.strip())) {
				names.add(organ.strip());
			}
		}
		return names;
	}
}
