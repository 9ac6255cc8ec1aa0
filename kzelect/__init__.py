"""kzelect: election-observation data warehouse for Kazakhstan."""
