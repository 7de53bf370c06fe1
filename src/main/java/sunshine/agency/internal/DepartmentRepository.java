package sunshine.agency.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import sunshine.agency.Department;

public interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findByAgencyIdOrderBySortOrder(Long agencyId);
}
