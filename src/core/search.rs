// placeholder until the search module lands
