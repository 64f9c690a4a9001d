"""The Tren page's tabs, one module each: segments (with joiners and leavers and year on year),
the projection to the target, and the comparison of areas."""

WINDOW = 24  # months drawn by the flows and projection charts: two years stay readable as monthly bars
