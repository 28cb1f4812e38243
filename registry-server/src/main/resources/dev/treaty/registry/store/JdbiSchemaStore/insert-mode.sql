insert into modes (scope, mode) values (:scope, :mode)
