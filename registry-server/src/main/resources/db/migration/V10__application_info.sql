-- What the catalog says about an application besides its contracts: who owns it (a person or a
-- team, free text) and what it does. Both optional; set with PUT /treaty/v1/applications/{name}.
alter table contract_applications add column owner varchar(256);
alter table contract_applications add column description varchar(4096);
